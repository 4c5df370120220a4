using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ClassroomLabsBench;
using Course.Web.Components.Site;
using Microsoft.Playwright;

// Usage: ClassroomLabsBench <site-url> <site-data-directory> <site-pid> <markdown-out> [reporters=200] [seconds=60]
//        [pages=50] [mean-change-seconds=6]
var inv = CultureInfo.InvariantCulture;
var root = new Uri(args[0].TrimEnd('/') + "/");
var dataDirectory = args[1];
var sitePid = int.Parse(args[2], inv);
var markdown = args[3];
var reporterCount = args.Length > 4 ? int.Parse(args[4], inv) : 200;
var seconds = args.Length > 5 ? int.Parse(args[5], inv) : 60;
var pageCount = Math.Min(reporterCount, args.Length > 6 ? int.Parse(args[6], inv) : 50);
var meanChange = args.Length > 7 ? double.Parse(args[7], inv) : 6;

// The site's own services on the site's database, never started: Identity, the reporter tokens and the shared
// data-protection keys, to sign the class up as the site would.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:DataDirectory"] = dataDirectory,
    ["DockerCoins:EmbeddedMiner"] = "false",
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.AddCourseSite();
await using var services = builder.Build();
var seeder = new ClassSeeder(services.Services);
var watch = Stopwatch.StartNew();
var (instructorEmail, students) = await seeder.SeedAsync(reporterCount);
Console.WriteLine($"signed up {students.Count} students with reporter tokens and their instructor in {watch.Elapsed.TotalSeconds:0.0} s");

using var meter = new PushMeter();
var logText = new StringWriter(inv);
var log = TextWriter.Synchronized(logText);
var clients = students.Select(s =>
{
    var client = new HttpClient(meter, disposeHandler: false) { BaseAddress = root, Timeout = TimeSpan.FromSeconds(10) };
    client.DefaultRequestHeaders.Authorization = new("Bearer", s.Token);
    return client;
}).ToList();
var reporters = students.Select((s, i) => new SimulatedReporter(s, clients[i], log)).ToList();

using var playwright = await Playwright.CreateAsync();
await using var browser = await ViewerChromium.LaunchAsync(playwright);
var screens = new ScreenWatch(browser, root);
watch.Restart();
await screens.OpenInstructorAsync(await seeder.CookieAsync(instructorEmail));
using (var opening = new SemaphoreSlim(6))
{
    await Task.WhenAll(students.Take(pageCount).Select(async s =>
    {
        var cookie = await seeder.CookieAsync(s.Email);
        await opening.WaitAsync();
        try
        {
            await screens.OpenStudentAsync(s.Index, cookie);
            if (screens.StudentPages % 10 == 0)
            {
                // A full run opens 51 circuits: show progress, so a stalled run is told from a slow one.
                Console.WriteLine($"  {screens.StudentPages} student pages open after {watch.Elapsed.TotalSeconds:0} s (load {File.ReadAllText("/proc/loadavg")[..14].Trim()})");
            }
        }
        finally
        {
            opening.Release();
        }
    }));
}

Console.WriteLine($"opened the instructor's labs view and {screens.StudentPages} student pages in {watch.Elapsed.TotalSeconds:0.0} s");
await Task.WhenAll(reporters.Select(r => r.StartAsync(CancellationToken.None)));
await screens.WaitForLabsAsync(reporterCount);
await screens.StartObservingAsync();
Console.WriteLine("every page shows its lab; measuring");

var emails = students.ToDictionary(s => s.Index, s => s.Email);
var results = new List<PhaseResult>();
foreach (var (name, changeOnly) in new[] { ("design: changes only, heartbeat 15 s", true), ("peer: full snapshot every 2 s", false) })
{
    results.Add(await MeasureAsync(name, changeOnly));
    Console.WriteLine($"{name}: done");
}

var report = Report(results);
await File.WriteAllTextAsync(markdown, report);
Console.WriteLine(report);
var errors = logText.ToString();
if (errors.Length > 0)
{
    Console.WriteLine("reporter log (first lines):");
    Console.WriteLine(string.Join('\n', errors.Split('\n').Take(10)));
}

foreach (var reporter in reporters)
{
    reporter.Dispose();
}

foreach (var client in clients)
{
    client.Dispose();
}

async Task<PhaseResult> MeasureAsync(string name, bool changeOnly)
{
    await screens.DrainAsync();
    meter.Reset();
    var pushes = new ConcurrentBag<Push>();
    var loadBefore = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    var siteBefore = ProcessCpu.Ticks(sitePid) ?? 0;
    var chromiumBefore = ProcessCpu.ChromiumTicks();
    var driverBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(reporters.Select(r => r.RunAsync(changeOnly, TimeSpan.FromSeconds(seconds), meanChange, 1000 + r.Student, pushes)));
    var elapsed = clock.Elapsed.TotalSeconds;
    var siteTicks = (ProcessCpu.Ticks(sitePid) ?? 0) - siteBefore;
    var chromiumTicks = ProcessCpu.ChromiumTicks() - chromiumBefore;
    var driverCpu = (Process.GetCurrentProcess().TotalProcessorTime - driverBefore).TotalSeconds;
    var wire = meter.Read();
    var (rss, peak) = Memory(sitePid);
    var loadAfter = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    // The last pushes get the goal's time and more to reach the screens before the pages are read.
    await Task.Delay(TimeSpan.FromSeconds(5));
    var (studentSightings, gridSightings) = await screens.DrainAsync();
    var (studentLatencies, studentMissed) = Matching.StudentPages(pushes, studentSightings);
    var (gridLatencies, gridMissed) = Matching.Grid(pushes, gridSightings, emails);
    return new PhaseResult(name, elapsed, studentLatencies, studentMissed, gridLatencies, gridMissed, wire.Pushes, wire.Bytes,
        wire.SnapshotPushes, wire.SnapshotBytes, wire.Refused, siteTicks / ProcessCpu.TicksPerSecond, chromiumTicks / ProcessCpu.TicksPerSecond,
        driverCpu, rss, peak, loadBefore, loadAfter);
}

static (long RssKb, long PeakKb) Memory(int pid)
{
    var lines = File.ReadAllLines($"/proc/{pid}/status");
    long Field(string key) => long.Parse(lines.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    return (Field("VmRSS"), Field("VmHWM"));
}

string Report(List<PhaseResult> phases)
{
    var (design, peer) = (phases[0], phases[1]);
    string Row(string measure, Func<PhaseResult, string> value, string goal, Func<PhaseResult, double>? ratioOf = null) =>
        $"| {measure} | {value(design)} | {value(peer)} | {goal} | {(ratioOf is null ? "" : (ratioOf(peer) / ratioOf(design)).ToString("0.00", inv) + "×")} |";
    var lines = new List<string>
    {
        $"Class: {reporterCount} reporters (one fake cluster each, 29 pods), changes every {meanChange.ToString("0.#", inv)} s on average " +
        $"(uniform, at least 2 s apart); open: the instructor's labs view and {screens.StudentPages} students' \"Mon cluster\" (Chromium circuits); {seconds} s per phase.",
        "",
        "| measure | design | peer | goal | peer / design |",
        "| --- | --- | --- | --- | --- |",
        Row("push-to-screen p95, every open page", p => PhaseResult.Ms(p.AllP95), "≤ 2 s", p => p.AllP95),
        Row("push-to-screen p95, students' pages", p => $"{PhaseResult.Ms(p.StudentP95)} ({p.StudentLatencies.Count} seen, {p.StudentMissed} missed)", "≤ 2 s", p => p.StudentP95),
        Row("push-to-screen p95, instructor's grid", p => $"{PhaseResult.Ms(p.GridP95)} ({p.GridLatencies.Count} seen, {p.GridMissed} missed)", "≤ 2 s", p => p.GridP95),
        Row("push-to-screen p50 / max, every page", p => $"{PhaseResult.Ms(PhaseResult.Percentile([.. p.StudentLatencies, .. p.GridLatencies], 0.5))} / {PhaseResult.Ms(PhaseResult.Percentile([.. p.StudentLatencies, .. p.GridLatencies], 1))}", ""),
        Row("site CPU (process CPU time / wall)", p => $"{p.SiteCpuPercent.ToString("0.0", inv)} % of one core", "≤ 25 %", p => p.SiteCpuPercent),
        Row("site memory (RSS at end / peak)", p => $"{p.SiteRssKb / 1024} / {p.SitePeakRssKb / 1024} MiB", ""),
        Row("pushes (per second)", p => $"{p.Pushes} ({(p.Pushes / p.Seconds).ToString("0.0", inv)}/s)", "", p => p.Pushes),
        Row("bytes per push (request body, all pushes)", p => $"{p.BytesPerPush.ToString("0", inv)} B", "≤ 8 KB", p => p.BytesPerPush),
        Row("bytes per snapshot push / heartbeats", p => $"{(p.SnapshotPushes == 0 ? 0 : p.SnapshotBytes / p.SnapshotPushes)} B / {p.Pushes - p.SnapshotPushes}", ""),
        Row("bytes per second, whole class", p => $"{(p.BytesPerSecond / 1024).ToString("0.0", inv)} KB/s", "", p => p.BytesPerSecond),
        Row("refused pushes", p => p.Refused.ToString(inv), "0"),
        Row("Chromium / driver CPU (context)", p => $"{(100 * p.ChromiumCpuSeconds / p.Seconds).ToString("0", inv)} % / {(100 * p.DriverCpuSeconds / p.Seconds).ToString("0", inv)} %", ""),
        Row("load average before → after", p => $"{p.LoadBefore} → {p.LoadAfter}", ""),
    };
    return string.Join('\n', lines) + "\n";
}
