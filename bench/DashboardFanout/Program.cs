using System.Diagnostics;
using System.Globalization;
using DashboardFanout;
using Microsoft.Playwright;

// Usage: DashboardFanout --site http://127.0.0.1:5000/ --redis 127.0.0.1:6379 [--viewers 100] [--window 20]
//                        [--site-pid 1234] [--markdown results.md]
var options = Arguments.Parse(args);
var redisHost = options.Redis.Split(':')[0];
var redisPort = int.Parse(options.Redis.Split(':')[1], CultureInfo.InvariantCulture);
await using var stats = new RedisWire(redisHost, redisPort);
await stats.ConnectAsync();

using var playwright = await Playwright.CreateAsync();
await using var browser = await ViewerChromium.LaunchAsync(playwright);

var results = new List<PhaseResult>();
var context = await browser.NewContextAsync();
var dashboards = new Dashboards(context, new Uri(new Uri(options.Site), "dockercoins"));

await dashboards.OpenAsync(1, concurrency: 1);
results.Add(await MeasureAsync("site, 1 dashboard", 1, dashboards));

Console.WriteLine($"opening {options.Viewers} dashboards...");
await dashboards.OpenAsync(options.Viewers, concurrency: 4);
if (dashboards.Failed > 0)
{
    Console.WriteLine($"{dashboards.Failed} dashboards failed to open; measuring the {dashboards.Count} open ones.");
}

results.Add(await MeasureAsync($"site, {dashboards.Count} dashboards", dashboards.Count, dashboards));
await dashboards.DisposeAsync();

Console.WriteLine($"simulating {options.Viewers} original webui pollers...");
results.Add(await MeasurePollersAsync(options.Viewers));

var report = Report.Render(results, options);
Console.WriteLine(report);
if (options.Markdown is { } path)
{
    await File.WriteAllTextAsync(path, report);
}

return 0;

async Task<PhaseResult> MeasureAsync(string name, int viewers, Dashboards open)
{
    await Task.Delay(TimeSpan.FromSeconds(3));
    await open.ResetLatenciesAsync();
    var window = await CountAsync();
    var latencies = await open.LatenciesAsync();
    return window with { Name = name, Viewers = viewers, Latencies = latencies };
}

async Task<PhaseResult> MeasurePollersAsync(int viewers)
{
    using var stop = new CancellationTokenSource();
    var pollers = Enumerable.Range(0, viewers).Select(async i =>
    {
        await using var wire = new RedisWire(redisHost, redisPort);
        await wire.ConnectAsync();

        // Spread over the second, as independent browsers would be.
        await Task.Delay(TimeSpan.FromMilliseconds(1000.0 * i / viewers));
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                await wire.PollOnceAsync();
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }).ToList();
    await Task.Delay(TimeSpan.FromSeconds(3));
    var window = await CountAsync();
    await stop.CancelAsync();
    await Task.WhenAll(pollers);
    return window with { Name = $"original webui, {viewers} pollers + site", Viewers = viewers };
}

async Task<PhaseResult> CountAsync()
{
    var before = await stats.CommandStatsAsync();
    var cpuBefore = ProcessCpu.Ticks(options.SitePid);
    var browserBefore = ProcessCpu.ChromiumTicks();
    var clock = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(options.WindowSeconds));
    var after = await stats.CommandStatsAsync();
    var seconds = clock.Elapsed.TotalSeconds;
    var cpuAfter = ProcessCpu.Ticks(options.SitePid);
    var browserCpu = (ProcessCpu.ChromiumTicks() - browserBefore) / ProcessCpu.TicksPerSecond / seconds * 100;

    double PerSecond(params string[] commands) =>
        commands.Sum(c => after.GetValueOrDefault(c) - before.GetValueOrDefault(c)) / seconds;

    var all = after.Keys.Where(k => k != "info").ToArray();
    double? cpu = cpuBefore is { } b && cpuAfter is { } a ? (a - b) / ProcessCpu.TicksPerSecond / seconds * 100 : null;
    return new PhaseResult("", 0, PerSecond("get", "hlen"), PerSecond("incrby", "hset"), PerSecond(all), cpu, browserCpu, []);
}
