using System.Diagnostics;

namespace InstructorDashboardBench;

internal static class Measure
{
    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="runs"/> times; returns the median in ms.</summary>
    public static async Task<double> MedianAsync(int runs, Func<Task> action)
    {
        await action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Percentile(times, 0.5);
    }

    public static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(fraction * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
