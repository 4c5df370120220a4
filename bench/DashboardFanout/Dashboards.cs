using System.Text.Json;
using Microsoft.Playwright;

namespace DashboardFanout;

/// <summary>Open /dockercoins pages in one headless Chromium, each with its own Blazor circuit.</summary>
internal sealed class Dashboards(IBrowser browser, Uri dashboardUri) : IAsyncDisposable
{
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

    public async Task OpenAsync(int total, int concurrency)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var opening = Enumerable.Range(_pages.Count, total - _pages.Count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var page = await browser.NewPageAsync();
                await page.GotoAsync(dashboardUri.ToString());
                await page.WaitForSelectorAsync("[data-interactive='true'] [data-sampled-at]",
                    new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
                await page.EvaluateAsync(LatencyProbe);
                lock (_pages)
                {
                    _pages.Add(page);
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
