using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ClassroomLoad;

/// <summary>Latencies and errors per operation, recorded by every simulated student at once.</summary>
internal sealed class Timings
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _firstErrors = new();

    public int TotalErrors => _errors.Values.Sum();

    public IEnumerable<string> FirstErrors => _firstErrors;

    /// <summary>Times <paramref name="action"/>; an exception counts as an error of that operation and is not rethrown.</summary>
    public async Task<bool> TimeAsync(string operation, Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await action();
            _latencies.GetOrAdd(operation, _ => []).Add(watch.Elapsed.TotalMilliseconds);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Error(operation, ex.Message);
            return false;
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            // HttpClient's own timeout: a request the site did not answer in time is an error of the run, not its end.
            Error(operation, ex.Message);
            return false;
        }
    }

    /// <summary>A latency measured elsewhere (e.g. by the page's own clock).</summary>
    public void Record(string operation, double milliseconds) => _latencies.GetOrAdd(operation, _ => []).Add(milliseconds);

    public void Error(string operation, string message)
    {
        _errors.AddOrUpdate(operation, 1, (_, n) => n + 1);
        if (_firstErrors.Count < 10)
        {
            _firstErrors.Enqueue($"{operation}: {message.Split('\n')[0]}");
        }
    }

    public int Count(string operation) => _latencies.TryGetValue(operation, out var bag) ? bag.Count : 0;

    public double Percentile(string operation, double p)
    {
        if (!_latencies.TryGetValue(operation, out var bag) || bag.IsEmpty)
        {
            return double.NaN;
        }

        var sorted = bag.OrderBy(v => v).ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>One markdown row per operation: count, rate over <paramref name="seconds"/>, p50/p95/p99, errors.</summary>
    public IEnumerable<string> Rows(string label, double seconds)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var operation in _latencies.Keys.Union(_errors.Keys).Order(StringComparer.Ordinal))
        {
            var count = Count(operation);
            _errors.TryGetValue(operation, out var errors);
            yield return string.Create(inv, $"| {label} | {operation} | {count} | {count / seconds:0.0} | " +
                $"{Percentile(operation, 0.5):0.0} | {Percentile(operation, 0.95):0.0} | {Percentile(operation, 0.99):0.0} | {errors} |");
        }
    }
}
