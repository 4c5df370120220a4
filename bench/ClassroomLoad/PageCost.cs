using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ClassroomLoad;

/// <summary>
/// What one Chromium student's pages cost the renderer, from Chromium's own per-page counters (DevTools
/// <c>Performance.getMetrics</c>): script, compilation, style and layout time of the page's main thread for the first
/// chapter (a page load to its first card interactive), a few seconds idle on it, then the next chapter by its link
/// (enhanced navigation). The students' pages are opened one after another in one browser launched as for the load
/// (<see cref="ChromiumStudents"/>, so CHROMIUM_ARGS apply): the figures are the clients' share of the run.
/// </summary>
internal static class PageCost
{
    private static readonly string[] Counters =
        ["TaskDuration", "ScriptDuration", "V8CompileDuration", "RecalcStyleDuration", "LayoutDuration", "ThreadTime"];

    public static async Task<IEnumerable<string>> MeasureAsync(IBrowserContext context, Uri site, string[] chapters, int students, int timeoutMs)
    {
        var steps = new[] { "first chapter (GET to interactive)", "idle 5 s on it", "next chapter (link to interactive)" };
        var sums = steps.ToDictionary(s => s, _ => new double[Counters.Length + 1]);
        for (var i = 0; i < students; i++)
        {
            var page = await context.NewPageAsync();
            var session = await context.NewCDPSessionAsync(page);
            await session.SendAsync("Performance.enable");
            var origin = ChromiumStudents.OriginOf(site, i);
            async Task StepAsync(string step, Func<Task> action)
            {
                var before = await ReadAsync(session);
                var watch = Stopwatch.StartNew();
                await action();
                var wall = watch.Elapsed.TotalMilliseconds;
                var after = await ReadAsync(session);
                var sum = sums[step];
                for (var c = 0; c < Counters.Length; c++)
                {
                    sum[c] += 1000 * (after[c] - before[c]);
                }

                sum[^1] += wall;
            }

            await StepAsync(steps[0], async () =>
            {
                await page.GotoAsync(new Uri(origin, $"chapitres/{chapters[0]}").ToString());
                await page.EvaluateAsync(BrowserStudent.OpenScript, new object[] { timeoutMs });
            });
            await StepAsync(steps[1], () => Task.Delay(5000));
            await StepAsync(steps[2], () => page.EvaluateAsync(BrowserStudent.NextScript, new object[] { chapters[1], timeoutMs }));
            await page.CloseAsync();
        }

        var inv = CultureInfo.InvariantCulture;
        return steps.Select(step =>
        {
            var mean = sums[step].Select(v => v / students).ToArray();
            var counters = string.Join(" | ", mean.Take(Counters.Length).Select(v => v.ToString("0", inv)));
            return string.Create(inv, $"| {step} | {mean[^1]:0} | {counters} |");
        }).Prepend("| step (mean of " + students + " students, ms) | wall | " + string.Join(" | ", Counters) + " |");
    }

    private static async Task<double[]> ReadAsync(ICDPSession session)
    {
        var result = await session.SendAsync("Performance.getMetrics");
        var metrics = result!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
        return Counters.Select(c => metrics.GetValueOrDefault(c)).ToArray();
    }
}
