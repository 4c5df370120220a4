using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace ClassroomLoad;

/// <summary>
/// Server memory per open chapter page: the site's live managed heap (dotnet-gcdump: a full blocking GC, then the
/// bytes of every reachable object) and its resident memory (/proc/&lt;pid&gt;/status) with one chapter page open,
/// then N/2 and N more, in Chromium (one circuit each), once the pages are interactive and the server has been left
/// alone for a few seconds. RSS also counts garbage not yet collected and heap the GC keeps committed,
/// so the live heap is the figure the goal is judged on.
/// </summary>
internal static class ServerMemory
{
    public static long ResidentKb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    public static async Task<IEnumerable<string>> MeasureAsync(IBrowser browser, Uri site, string chapter, int pid, int circuits, string gcdump, string label)
    {
        var inv = CultureInfo.InvariantCulture;
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        var settle = TimeSpan.FromSeconds(5);
        var pages = new List<IPage>();
        // The baseline keeps one page open: the first circuit's one-time costs (caches filled, types loaded) are not
        // the price of a page. Then N/2 and N more.
        var counts = new[] { 1, 1 + circuits / 2, 1 + circuits };
        var heap = new long[3];
        var resident = new long[3];
        for (var step = 0; step < 3; step++)
        {
            await OpenAsync(context, pages, chapter, counts[step] - pages.Count);
            await Task.Delay(settle);
            heap[step] = await LiveHeapBytesAsync(gcdump, pid);
            resident[step] = ResidentKb(pid) * 1024;
        }

        string Row(string what, long[] bytes)
        {
            var perPage = (bytes[2] - bytes[0]) / (double)circuits / 1024;
            var secondHalf = (bytes[2] - bytes[1]) / (double)(circuits - circuits / 2) / 1024;
            return string.Create(inv,
                $"| {label} | {what} per open chapter page (`{chapter}`; {counts[0]} → {counts[1]} → {counts[2]} pages: " +
                $"{bytes[0] / 1048576.0:0.0} → {bytes[1] / 1048576.0:0.0} → {bytes[2] / 1048576.0:0.0} MB) | " +
                $"{perPage:0} KB (second half alone: {secondHalf:0} KB) | ≤ 150 KB | {perPage / 150:0.00} |");
        }

        return [Row("live managed heap", heap), Row("resident memory (RSS)", resident)];
    }

    /// <summary>Runs <c>dotnet-gcdump collect</c> (which induces a full GC) then <c>report</c>, and reads its total.</summary>
    private static async Task<long> LiveHeapBytesAsync(string gcdump, int pid)
    {
        var file = Path.Combine(Path.GetTempPath(), $"classroom-{pid}-{Guid.NewGuid():N}.gcdump");
        try
        {
            await RunAsync(gcdump, $"collect -p {pid} -o {file}");
            var report = await RunAsync(gcdump, $"report {file}");
            var line = report.Split('\n').First(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
            return long.Parse(line.Trim().Split(' ')[0].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} {arguments}: exit {process.ExitCode}");
    }

    // Four at a time, as dashboard-fanout opens its pages: one by one, 50 pages took minutes on the shared machine.
    private static async Task OpenAsync(IBrowserContext context, List<IPage> pages, string chapter, int count)
    {
        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var page = await context.NewPageAsync();
                page.SetDefaultTimeout(120_000);
                await page.GotoAsync($"chapitres/{chapter}");
                await page.Locator("article.chapter").WaitForAsync();
                // A reader who reached the first card: cards attach as the reader nears them (islands.js), so the page
                // is scrolled to it, and it is interactive once its button is enabled (every chapter measured has a quiz).
                // (Scrolled by script: Playwright's own scroll fails when the card's first render replaces the element.)
                await page.EvaluateAsync("() => document.querySelector('[data-quiz-action]').scrollIntoView({ block: 'center' })");
                await page.Locator("[data-quiz-action]:not([disabled])").First.WaitForAsync();
                lock (pages)
                {
                    pages.Add(page);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
