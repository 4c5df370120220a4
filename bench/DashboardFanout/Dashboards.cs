using System.Text.Json;
using Microsoft.Playwright;

namespace DashboardFanout;

/// <summary>Open /dockercoins pages in one headless Chromium, each with its own Blazor circuit.</summary>
/// <remarks>
/// All pages but the first hide the chart with CSS: the server still renders it and sends every update to
/// every circuit, and the browser still applies them to the DOM, but 100 Chromium pages laying out an SVG each
/// second on the same 2 cores would measure Chromium, not the site (each student's browser has its own CPU).
/// </remarks>
internal sealed class Dashboards(IBrowserContext context, Uri dashboardUri) : IAsyncDisposable
{
    private const string HideChart = """
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = '.mud-chart { display: none !important; }';
          document.head.appendChild(style);
        });
        """;

    // Records, for each new sample shown, how long after the sample it reached the page's DOM.
    private const string LatencyProbe = """
        () => {
          window.__latencies = [];
          new MutationObserver(mutations => {
            for (const m of mutations) {
              const at = Number(m.target.getAttribute('data-sampled-at'));
              if (at) window.__latencies.push(Date.now() - at);
            }
          }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-sampled-at'] });
        }
        """;

    private readonly List<IPage> _pages = [];

    public int Count => _pages.Count;

    public int Failed { get; private set; }

    public async Task OpenAsync(int total, int concurrency)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var opening = Enumerable.Range(_pages.Count, total - _pages.Count).Select(async index =>
        {
            await gate.WaitAsync();
            try
            {
                var page = await context.NewPageAsync();
                if (index > 0)
                {
                    await page.AddInitScriptAsync(HideChart);
                }

                await page.GotoAsync(dashboardUri.ToString());
                await page.WaitForSelectorAsync("[data-interactive='true'] [data-sampled-at]",
                    new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
                await page.EvaluateAsync(LatencyProbe);
                lock (_pages)
                {
                    _pages.Add(page);
                    if (_pages.Count % 10 == 0)
                    {
                        Console.WriteLine($"  {_pages.Count} dashboards open");
                    }
                }
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                Console.WriteLine($"  a dashboard failed to open: {ex.Message.Split('\n')[0]}");
                lock (_pages)
                {
                    Failed++;
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(opening);
    }

    public Task ResetLatenciesAsync() =>
        Task.WhenAll(_pages.Select(p => p.EvaluateAsync("() => { window.__latencies = []; }")));

    /// <summary>Every sample-to-screen latency seen by every page since the last reset, in ms.</summary>
    public async Task<List<double>> LatenciesAsync()
    {
        var all = new List<double>();
        foreach (var page in _pages)
        {
            var json = await page.EvaluateAsync<JsonElement>("() => window.__latencies");
            all.AddRange(json.EnumerateArray().Select(e => e.GetDouble()));
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.CloseAsync();
        }

        _pages.Clear();
    }
}
