using System.Diagnostics;
using System.Globalization;
using ClassroomLoad;
using Microsoft.Playwright;

// Usage:
//   ClassroomLoad load <site> <chapters,comma,separated> <students> <circuit-students> <seconds> <think-ms> <label> [<ramp-s> <answer-think-ms> <browser-timeout-s> [<metrics-url>]]
//   ClassroomLoad memory <site> <chapter> <site-pid> <circuits> <dotnet-gcdump path> <label>
//   ClassroomLoad read <base-url> <chapters> <clients> <seconds> <label>   (closed loop of GETs: the read-path peer check)
//   ClassroomLoad pagecost <site> <chapters> <students>   (what a Chromium student's pages cost its renderer, one at a time)
var inv = CultureInfo.InvariantCulture;
var mode = args[0];
var site = new Uri(args[1].TrimEnd('/') + "/");
using var playwright = await Playwright.CreateAsync();

if (mode == "memory")
{
    await using var browser = await LaunchAsync(playwright);
    foreach (var row in await ServerMemory.MeasureAsync(browser, site, args[2], int.Parse(args[3], inv), int.Parse(args[4], inv), args[5], args[6]))
    {
        Console.WriteLine(row);
    }

    return;
}

var chapters = args[2].Split(',', StringSplitOptions.RemoveEmptyEntries);
if (mode == "read")
{
    var readers = int.Parse(args[3], inv);
    var readSeconds = double.Parse(args[4], inv);
    var readTimings = new Timings();
    using var client = new HttpClient { BaseAddress = site };
    using var readStop = new CancellationTokenSource(TimeSpan.FromSeconds(readSeconds));
    var readWatch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, readers).Select(r => Task.Run(async () =>
    {
        for (var i = r; !readStop.IsCancellationRequested; i++)
        {
            var slug = chapters[i % chapters.Length];
            await readTimings.TimeAsync("GET chapter (anonymous, closed loop)", async () =>
            {
                using var response = await client.GetAsync($"chapitres/{slug}", HttpCompletionOption.ResponseContentRead);
                response.EnsureSuccessStatusCode();
            });
        }
    })));
    foreach (var row in readTimings.Rows(args[5], readWatch.Elapsed.TotalSeconds))
    {
        Console.WriteLine(row);
    }

    return;
}

if (mode == "pagecost")
{
    await using var browser = await ChromiumStudents.LaunchAsync(playwright, site);
    await using var context = await browser.NewContextAsync();
    foreach (var row in await PageCost.MeasureAsync(context, site, chapters, int.Parse(args[3], inv), 60_000))
    {
        Console.WriteLine(row);
    }

    return;
}

var students = int.Parse(args[3], inv);
var circuitStudents = Math.Min(int.Parse(args[4], inv), students);
var seconds = double.Parse(args[5], inv);
var thinkMs = int.Parse(args[6], inv);
var label = args[7];
// A class does not open the course in the same millisecond, nor answer faster than it can read: the Chromium students
// arrive spread over ramp-s seconds and pause answer-think-ms before each answer (0 and 0: all at once, no pause).
var rampSeconds = args.Length > 8 ? double.Parse(args[8], inv) : 0;
var answerThinkMs = args.Length > 9 ? int.Parse(args[9], inv) : 0;
// How long a Chromium student waits for a page or an acknowledgement before counting an error (30 s).
var browserTimeoutMs = (int)(1000 * (args.Length > 10 ? double.Parse(args[10], inv) : 30));
// The site's Prometheus endpoint, read every second for its open-circuits gauge: the server's own count of circuits.
var metrics = args.Length > 11 ? new OpenCircuits(new Uri(args[11])) : null;
var timings = new Timings();
var run = Guid.NewGuid().ToString("N")[..8];
await using var chromium = await ChromiumStudents.LaunchAsync(playwright, site);
await using var classroom = await chromium.NewContextAsync();

// Everyone signs up and signs in first, a few at a time (a class arriving), then the 60 s clock starts.
var accounts = Enumerable.Range(0, students).Select(i => new HttpStudent(site, $"eleve{i:000}-{run}@classe.example", timings)).ToList();
var joinWatch = Stopwatch.StartNew();
using (var gate = new SemaphoreSlim(8))
{
    await Task.WhenAll(accounts.Select(async account =>
    {
        await gate.WaitAsync();
        try
        {
            await account.JoinAsync(CancellationToken.None);
        }
        finally
        {
            gate.Release();
        }
    }));
}

Console.Error.WriteLine($"{label}: {students} students signed up and in ({timings.TotalErrors} errors) in {joinWatch.Elapsed.TotalSeconds:0.0} s");

// The class arrives before the window: the Chromium students open the course (a page load each, spread over ramp-s
// seconds, each waiting at most browser-timeout-s for its first card to be interactive) while the HTTP students, who
// arrive over the same seconds, start reading. The window opens once every Chromium student has its chapter open or has given up on it: the 60 s measure a
// class at work (circuits answering, chapters followed by their links), not 50 browsers starting. The arrival's figures
// (time to interactive of the first page, the readers meanwhile) are rows of their own.
var arrival = new Timings();
var windowOpened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var stop = new CancellationTokenSource();
var browserStudents = accounts.Take(circuitStudents)
    .Select((a, i) => new BrowserStudent(classroom, ChromiumStudents.OriginOf(site, i), a, answerThinkMs, browserTimeoutMs)).ToList();
var arrivalWatch = Stopwatch.StartNew();
var reading = accounts.Skip(circuitStudents).Select((a, i) => Task.Run(() => ReadLoopAsync(a, i))).ToList();
await Task.WhenAll(browserStudents.Select((s, i) => Task.Run(() => ArriveAsync(s, i))));
var arrivalSeconds = arrivalWatch.Elapsed.TotalSeconds;
Console.Error.WriteLine($"{label}: the class arrived in {arrivalSeconds:0.0} s ({arrival.TotalErrors} errors)");

stop.CancelAfter(TimeSpan.FromSeconds(seconds));
var watch = Stopwatch.StartNew();
windowOpened.SetResult();
var sampling = metrics?.SampleAsync(stop.Token) ?? Task.CompletedTask;
await Task.WhenAll(browserStudents.Select((s, i) => Task.Run(() => RunBrowserStudentAsync(s, i))).Concat(reading));
var elapsed = watch.Elapsed.TotalSeconds;
await sampling;

foreach (var row in arrival.Rows($"{label}, arrival", arrivalSeconds).Concat(timings.Rows(label, elapsed)))
{
    Console.WriteLine(row);
}

foreach (var error in arrival.FirstErrors.Concat(timings.FirstErrors))
{
    Console.Error.WriteLine($"  error: {error}");
}

foreach (var student in browserStudents)
{
    await student.DisposeAsync();
}

var errors = arrival.TotalErrors + timings.TotalErrors;
var acknowledged = browserStudents.Sum(s => s.Acknowledged);
var answering = browserStudents.Count(s => s.Acknowledged > 0);
Console.Error.WriteLine($"{label}: {elapsed:0.0} s, {students} students ({circuitStudents} in Chromium, {answering} of them acknowledged), " +
    $"{errors} errors, {acknowledged} answers acknowledged, open circuits on the server: {metrics?.Summary ?? "not read"}");
// Read by the script, which compares it with the rows in the database.
Console.WriteLine($"ACKNOWLEDGED {acknowledged} NOTSAVED {browserStudents.Sum(s => s.NotSaved)} ERRORS {errors} ANSWERING {answering} CIRCUITS {metrics?.Summary ?? "-"}");
return;

async Task ArriveAsync(BrowserStudent student, int index)
{
    try
    {
        await Task.Delay(TimeSpan.FromSeconds(rampSeconds * index / Math.Max(1, circuitStudents)));
        await student.OpenAsync(chapters[index % chapters.Length], arrival);
    }
    catch (PlaywrightException ex)
    {
        arrival.Error("browser student", ex.Message);
    }
}

async Task RunBrowserStudentAsync(BrowserStudent student, int index)
{
    try
    {
        await student.ReadAsync(chapters, index, timings, stop.Token);
    }
    catch (Exception ex) when (ex is PlaywrightException or TimeoutException or OperationCanceledException)
    {
        if (!stop.IsCancellationRequested)
        {
            timings.Error("browser student", ex.Message);
        }
    }
}

// An HTTP student arrives as the Chromium students do, spread over ramp-s seconds, and reads from then to the window's
// end; what it reads before the window is the arrival's.
async Task ReadLoopAsync(HttpStudent student, int index)
{
    try
    {
        await Task.Delay(TimeSpan.FromSeconds(rampSeconds * index / Math.Max(1, students - circuitStudents)), stop.Token);
    }
    catch (OperationCanceledException)
    {
        return;
    }

    for (var i = 0; !stop.IsCancellationRequested; i++)
    {
        var slug = chapters[(index + i) % chapters.Length];
        var into = windowOpened.Task.IsCompleted ? timings : arrival;
        var ok = i % 6 == 5
            ? await student.ReadAsync(into, "GET /progression (signed in)", "progression", "Ma progression", CancellationToken.None)
            : await student.ReadAsync(into, "GET chapter (signed in)", $"chapitres/{slug}", $"data-chapter=\"{slug}\"", CancellationToken.None);
        try
        {
            await Task.Delay(thinkMs, stop.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
    }
}

static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
    await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage"],
    });
