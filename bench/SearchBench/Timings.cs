using System.Diagnostics;
using System.Globalization;

namespace SearchBench;

/// <summary>Per-query server times of one engine over every round.</summary>
internal sealed class Timings(string name)
{
    private readonly List<double> _milliseconds = [];
    private readonly List<double> _cpuMilliseconds = [];

    public string Name { get; } = name;

    public int QueriesWithHits { get; set; }

    private readonly Dictionary<string, List<double>> _cpuByQuery = [];

    /// <summary>The queries with the highest median CPU time, to see where the time goes.</summary>
    public IEnumerable<(string Query, double Milliseconds)> Slowest(int count) => _cpuByQuery
        .Select(q => (q.Key, q.Value.Order().ElementAt(q.Value.Count / 2)))
        .OrderByDescending(q => q.Item2)
        .Take(count);

    public void Time(string query, Func<int> search, ref int hits)
    {
        var cpu = ThreadCpuClock.NowMilliseconds();
        var start = Stopwatch.GetTimestamp();
        hits = search();
        _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        var used = ThreadCpuClock.NowMilliseconds() - cpu;
        _cpuMilliseconds.Add(used);
        if (!_cpuByQuery.TryGetValue(query, out var list))
        {
            _cpuByQuery[query] = list = [];
        }

        list.Add(used);
    }

    public double Percentile(double p) => Percentile(_milliseconds, p);

    public double CpuPercentile(double p) => Percentile(_cpuMilliseconds, p);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public double Max => _milliseconds.Max();

    public int Count => _milliseconds.Count;

    public string Row(int queries) => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Count} | {Percentile(0.50):0.000} | {Percentile(0.99):0.000} | {Max:0.000} | {CpuPercentile(0.50):0.000} | {CpuPercentile(0.99):0.000} | {QueriesWithHits}/{queries} |");
}
