using System.Collections.Concurrent;
using System.Threading.Channels;
using Course.Web.Components.Feeds;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Instructor.Dashboard;

/// <summary>
/// The one producer of live cohort dashboards in this app instance. It listens to <see cref="LearningEventHub"/>,
/// gathers the events of a short batch (<see cref="Debounce"/>), finds which watched cohorts they concern (one query),
/// recomputes each of those dashboards once and pushes it to every open view of it. Watched cohorts are also
/// recomputed every <see cref="IdleRefresh"/> so the idle rule moves on when nobody acts. No viewer queries the
/// database on its own after its first load.
/// </summary>
internal sealed class CohortDashboardFeed(
    LearningEventHub hub,
    IDbContextFactory<CourseDbContext> contexts,
    CohortDashboardLoader loader,
    TimeProvider time,
    ILogger<CohortDashboardFeed> logger) : BackgroundService, ICohortDashboardFeed
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    public static readonly TimeSpan IdleRefresh = TimeSpan.FromMinutes(1);

    private readonly Channel<Work> _work = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    // Per cohort: a cohort left without viewers keeps its (empty) list and counts as unwatched.
    private readonly ConcurrentDictionary<int, FeedSubscribers<CohortDashboard>> _subscribers = new();
    private long _sequence;

    public int SubscriberCount => _subscribers.Values.Sum(s => s.Count);

    public IDisposable Subscribe(int cohortId, Func<CohortDashboard, Task> onDashboard) => _subscribers
        .GetOrAdd(cohortId, _ => new FeedSubscribers<CohortDashboard>(exception => InstructorLog.SubscriberFailed(logger, exception)))
        .Subscribe(onDashboard);

    public void RequestRefresh(int cohortId) => _work.Writer.TryWrite(new Work(null, cohortId));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The hub calls us on the committing thread: only queue, never query there.
        using var subscription = hub.Subscribe(e => _work.Writer.TryWrite(new Work(e.UserId, null)));
        var lastFullRefresh = time.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var waitForWork = _work.Reader.WaitToReadAsync(stoppingToken).AsTask();
                var refreshDue = Task.Delay(IdleRefresh, time, stoppingToken);
                var first = await Task.WhenAny(waitForWork, refreshDue);
                stoppingToken.ThrowIfCancellationRequested();
                if (first == waitForWork)
                {
                    // Let the rest of a burst arrive, so 30 students answering at once cost one recomputation.
                    await Task.Delay(Debounce, time, stoppingToken);
                }

                var fullRefresh = time.GetUtcNow() - lastFullRefresh >= IdleRefresh;
                if (fullRefresh)
                {
                    lastFullRefresh = time.GetUtcNow();
                }

                await RunBatchAsync(fullRefresh, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunBatchAsync(bool fullRefresh, CancellationToken stoppingToken)
    {
        var users = new HashSet<string>(StringComparer.Ordinal);
        var cohorts = new HashSet<int>();
        var events = 0;
        while (_work.Reader.TryRead(out var work))
        {
            events++;
            if (work.UserId is not null)
            {
                users.Add(work.UserId);
            }

            if (work.CohortId is { } id)
            {
                cohorts.Add(id);
            }
        }

        var watched = _subscribers.Where(s => s.Value.Count > 0).Select(s => s.Key).ToList();
        if (watched.Count == 0)
        {
            return;
        }

        if (fullRefresh)
        {
            cohorts.UnionWith(watched);
        }
        else if (users.Count > 0)
        {
            try
            {
                await using var context = await contexts.CreateDbContextAsync(stoppingToken);
                var userIds = users.ToList();
                cohorts.UnionWith(await context.CohortMemberships
                    .Where(m => watched.Contains(m.CohortId) && userIds.Contains(m.UserId))
                    .Select(m => m.CohortId).Distinct().ToListAsync(stoppingToken));
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                InstructorLog.DashboardFailed(logger, 0, exception);
                return;
            }
        }

        cohorts.IntersectWith(watched);
        foreach (var cohortId in cohorts)
        {
            await RecomputeAsync(cohortId, stoppingToken);
        }

        InstructorLog.BatchRecomputed(logger, cohorts.Count, events);
    }

    private async Task RecomputeAsync(int cohortId, CancellationToken stoppingToken)
    {
        CohortDashboard? dashboard;
        try
        {
            dashboard = await loader.LoadAsync(cohortId, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            InstructorLog.DashboardFailed(logger, cohortId, exception);
            return;
        }

        if (dashboard is null)
        {
            return;
        }

        dashboard = dashboard with { Sequence = Interlocked.Increment(ref _sequence) };
        if (_subscribers.TryGetValue(cohortId, out var viewers))
        {
            viewers.Publish(dashboard);
        }
    }

    private readonly record struct Work(string? UserId, int? CohortId);
}
