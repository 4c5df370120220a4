using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Course.Web.Components.Telemetry;

/// <summary>
/// The app's own meter, <see cref="MeterName"/>, and every instrument on it, in one place: features record through
/// these methods (the cluster feature calls <see cref="WatchRestarted"/>), and the OpenTelemetry pipeline exports them
/// with the framework's own meters. Values are per app instance; the monitoring system sums the replicas.
/// </summary>
public sealed class CourseMetrics
{
    public const string MeterName = "Course.Web";

    private static readonly TimeSpan _answerWindow = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly UpDownCounter<long> _openCircuits;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _watchRestarts;
    private readonly ConcurrentQueue<DateTimeOffset> _recentAnswers = new();

    public CourseMetrics(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        Meter = meters.Create(MeterName);
        _openCircuits = Meter.CreateUpDownCounter<long>(
            "course.circuits.open", "{circuit}", "Blazor circuits (open interactive pages) on this instance.");
        _answers = Meter.CreateCounter<long>(
            "course.answers", "{answer}", "Quiz answers of signed-in students committed by this instance.");
        Meter.CreateObservableGauge(
            "course.answers.per_minute", AnswersInLastMinute, "{answer}/min", "Answers committed by this instance in the last minute.");
        _watchRestarts = Meter.CreateCounter<long>(
            "course.cluster.watch_restarts", "{restart}", "Kubernetes watches that ended and were listed again.");
    }

    /// <summary>The meter, for instruments observed from a feature's state (see <see cref="FeedGauges"/>).</summary>
    internal Meter Meter { get; }

    public void CircuitOpened() => _openCircuits.Add(1);

    public void CircuitClosed() => _openCircuits.Add(-1);

    public void AnswerCommitted()
    {
        _answers.Add(1);
        var now = _time.GetUtcNow();
        _recentAnswers.Enqueue(now);
        Prune(now);
    }

    /// <summary>A watch on <paramref name="resource"/> (e.g. "pods") ended and the cluster feature listed it again.</summary>
    public void WatchRestarted(string resource) =>
        _watchRestarts.Add(1, new KeyValuePair<string, object?>("resource", resource));

    private int AnswersInLastMinute()
    {
        Prune(_time.GetUtcNow());
        return _recentAnswers.Count;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_recentAnswers.TryPeek(out var oldest) && now - oldest > _answerWindow)
        {
            _recentAnswers.TryDequeue(out _);
        }
    }
}
