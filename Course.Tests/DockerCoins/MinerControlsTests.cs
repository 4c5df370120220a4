using System.Diagnostics;
using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.DockerCoins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Course.Tests.DockerCoins;

/// <summary>The miner controls against the real embedded miner, as a flood of slider events and a second viewer meet them.</summary>
public sealed class MinerControlsTests : ComponentTestContext, IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly IHost _host;
    private readonly ITestOutputHelper _output;

    public MinerControlsTests(ITestOutputHelper output)
        : this(output, BuildHost(out var logs), logs)
    {
    }

    private MinerControlsTests(ITestOutputHelper output, IHost host, CapturingLoggerProvider logs)
        : base(services => services.AddSingleton(host.Services.GetRequiredService<IMinerControl>()))
    {
        _output = output;
        _host = host;
        _logs = logs;
    }

    private IMinerControl Miner => _host.Services.GetRequiredService<IMinerControl>();

    Task IAsyncLifetime.InitializeAsync() => _host.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task Four_hundred_slider_events_apply_the_last_value_and_log_each_change_once_at_debug()
    {
        var controls = Render<MinerControls>();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 400; i++)
        {
            await SlideAsync(controls, i % 20 + 1);
        }

        await SlideAsync(controls, 7);
        var flood = clock.Elapsed;
        controls.WaitForAssertion(() => Assert.Equal(7, Miner.WorkerCount), TimeSpan.FromSeconds(10));
        controls.WaitForAssertion(() => Assert.Equal("7", controls.Find("[data-workers]").GetAttribute("data-workers")));

        var minerLogs = _logs.Records.Where(r => r.Category == typeof(EmbeddedMiner).FullName).ToList();
        _output.WriteLine($"401 events in {flood.TotalMilliseconds:0} ms: {minerLogs.Count} miner log lines");
        Assert.DoesNotContain(minerLogs, r => r.Level >= LogLevel.Information);

        // One line at start, then at most one per throttle window of the flood, plus the last value.
        var windows = (int)(clock.Elapsed / MinerControls.Throttle) + 3;
        Assert.InRange(minerLogs.Count, 1, windows);
    }

    [Fact]
    public void A_change_made_on_one_page_shows_on_every_other_open_page()
    {
        var mine = Render<MinerControls>();
        var theirs = Render<MinerControls>();
        var before = Miner.WorkerCount;

        mine.Find("[data-action='add-worker']").Click();

        var expected = (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        theirs.WaitForAssertion(
            () => Assert.Equal(expected, theirs.Find("[data-workers]").GetAttribute("data-workers")),
            TimeSpan.FromSeconds(10));
        Assert.Equal($"Nombre de workers\u202F: {expected}", theirs.Find("label[for='miner-workers']").TextContent);
    }

    // Found again on the renderer's thread each time: the throttle's timer re-renders the controls meanwhile.
    private static Task SlideAsync(IRenderedComponent<MinerControls> controls, int workers) =>
        controls.InvokeAsync(() =>
            controls.Find("input[type=range]").Input(workers.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static IHost BuildHost(out CapturingLoggerProvider logs)
    {
        logs = new CapturingLoggerProvider();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        builder.AddDockerCoins();
        return builder.Build();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<(string Category, LogLevel Level, string Message)> _records = [];

        public IReadOnlyList<(string Category, LogLevel Level, string Message)> Records
        {
            get
            {
                lock (_records)
                {
                    return [.. _records];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (provider._records)
                {
                    provider._records.Add((category, logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
