using System.Diagnostics;
using System.Globalization;

namespace SearchBench;

/// <summary>Per-query server times of one engine over every round.</summary>
internal sealed class Timings(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public int QueriesWithHits { get; set; }

    public void Time(Func<int> search, ref int hits)
    {
        var start = Stopwatch.GetTimestamp();
        hits = search();
        _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public double Max => _milliseconds.Max();

    public int Count => _milliseconds.Count;

    public string Row(int queries) => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Count} | {Percentile(0.50):0.000} | {Percentile(0.99):0.000} | {Max:0.000} | {QueriesWithHits}/{queries} |");
}
