using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Cluster;

/// <summary>
/// The freshness line keeps its own clock: each second it re-renders itself alone, and only when the text it shows
/// changes (a page of a class of 50 open pages must not redraw its whole lab every second).
/// </summary>
public sealed class LabFreshnessIndicatorTests : ComponentTestContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private readonly SteppedTime _time;

    public LabFreshnessIndicatorTests()
        : this(new SteppedTime(Start))
    {
    }

    private LabFreshnessIndicatorTests(SteppedTime time)
        : base(services => services.AddSingleton<TimeProvider>(time)) => _time = time;

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void A_reporters_line_counts_the_seconds_then_turns_stale_and_a_line_whose_text_stays_is_never_redrawn()
    {
        var reporter = Render<LabFreshnessIndicator>(p => p
            .Add(i => i.State, new LabState(LabOrigin.Reporter, LabSnapshot.Empty(Start), null, Start.AddSeconds(-3)))
            .Add(i => i.Now, Start));
        var simulated = Render<LabFreshnessIndicator>(p => p
            .Add(i => i.State, new LabState(LabOrigin.Demonstration, LabSnapshot.Empty(Start), null, Start))
            .Add(i => i.Now, Start));
        Assert.Contains("il y a 3 s", reporter.Find("[data-freshness]").TextContent);
        Assert.Equal("Données du cluster à jour", Announcement(reporter));

        _time.Advance(TimeSpan.FromSeconds(1));
        reporter.WaitForAssertion(() => Assert.Contains("il y a 4 s", reporter.Find("[data-freshness]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal(2, reporter.RenderCount);
        Assert.Equal("Données du cluster à jour", Announcement(reporter));
        Assert.Null(reporter.Find("[data-freshness]").GetAttribute("role"));
        Assert.Null(reporter.Find("[data-freshness]").GetAttribute("aria-live"));
        _time.Advance(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("Simulé, en direct", simulated.Find("[data-freshness]").TextContent.Trim());
        Assert.Equal(1, simulated.RenderCount);

        _time.Advance(TimeSpan.FromSeconds(45));
        reporter.WaitForAssertion(() => Assert.Equal("stale", reporter.Find("[data-freshness]").GetAttribute("data-freshness")), TimeSpan.FromSeconds(10));
        Assert.Equal("Données du cluster périmées", Announcement(reporter));
        Assert.Equal("status", reporter.Find("[data-freshness-announcement]").GetAttribute("role"));
    }

    /// <summary>What a screen reader hears: it must not change while only the seconds do.</summary>
    private static string Announcement(IRenderedComponent<LabFreshnessIndicator> indicator) =>
        indicator.Find("[data-freshness-announcement]").TextContent;

    /// <summary>A clock moved by the test, whose timers fire as it moves.</summary>
    private sealed class SteppedTime(DateTimeOffset start) : TimeProvider
    {
        private readonly List<SteppedTimer> _timers = [];
        private DateTimeOffset _now = start;
        private long _elapsedTicks;

        public override DateTimeOffset GetUtcNow() => _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _elapsedTicks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new SteppedTimer(() => callback(state), _timers);
            lock (_timers)
            {
                _timers.Add(timer);
            }

            return timer;
        }

        /// <summary>Moves the clock, then fires every timer once (the indicator's period is one second).</summary>
        public void Advance(TimeSpan by)
        {
            _now += by;
            _elapsedTicks += by.Ticks;
            SteppedTimer[] timers;
            lock (_timers)
            {
                timers = [.. _timers];
            }

            foreach (var timer in timers)
            {
                timer.Fire();
            }
        }
    }

    private sealed class SteppedTimer(Action fire, List<SteppedTimer> timers) : ITimer
    {
        public void Fire() => fire();

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
            lock (timers)
            {
                timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
