using System.Text.Json;
using Microsoft.Playwright;

namespace ClassroomLabsBench;

/// <summary>What a page showed, and when (Unix milliseconds, the page's own clock: the machine's).</summary>
internal sealed record Sighting(string Key, string Value, double SeenAt);

/// <summary>
/// The open pages, each a real Blazor circuit in headless Chromium: students' "Mon cluster" and the instructor's labs
/// view. A MutationObserver in each page notes when a data-* hook changes, so the driver reads the times afterwards
/// instead of polling 51 pages during the measurement.
/// </summary>
internal sealed class ScreenWatch(IBrowser browser, Uri root)
{
    // A student's page: each new moving worker pod (data-pod="worker-s{k}") the first time it appears.
    private const string StudentObserver = """
        () => {
          window.__seen = [];
          const known = new Set();
          const scan = () => {
            const now = Date.now();
            for (const row of document.querySelectorAll('[data-pod^="worker-s"]')) {
              const name = row.getAttribute('data-pod');
              if (!known.has(name)) { known.add(name); window.__seen.push([name, '', now]); }
            }
          };
          scan();
          new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-pod'] });
        }
        """;

    // The instructor's grid: each change of a row's data-checks-passed.
    private const string InstructorObserver = """
        () => {
          window.__seen = [];
          new MutationObserver(mutations => {
            const now = Date.now();
            for (const m of mutations) {
              if (m.type === 'attributes') {
                window.__seen.push([m.target.getAttribute('data-lab-student'), m.target.getAttribute('data-checks-passed'), now]);
              }
            }
          }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-checks-passed'] });
        }
        """;

    private readonly List<(IPage Page, int Student)> _students = [];
    private IPage? _instructor;

    public async Task OpenStudentAsync(int student, (string Name, string Value) cookie)
    {
        var page = await OpenAsync(cookie, "cluster");
        lock (_students)
        {
            _students.Add((page, student));
        }
    }

    public async Task OpenInstructorAsync((string Name, string Value) cookie) => _instructor = await OpenAsync(cookie, "formateur/labos");

    /// <summary>Waits until every student page shows its reporter's lab and the grid counts every lab live.</summary>
    public async Task WaitForLabsAsync(int labs)
    {
        foreach (var (page, _) in _students)
        {
            await page.WaitForSelectorAsync("[data-lab-view][data-origin='reporter'] [data-pod^='worker-s']", new() { Timeout = 120_000 });
        }

        await _instructor!.WaitForFunctionAsync(
            "n => document.querySelectorAll('[data-lab-student][data-freshness=\"live\"]').length >= n", labs, new() { Timeout = 120_000 });
    }

    public async Task StartObservingAsync()
    {
        foreach (var (page, _) in _students)
        {
            await page.EvaluateAsync(StudentObserver);
        }

        await _instructor!.EvaluateAsync(InstructorObserver);
    }

    /// <summary>The sightings since the last call: per student page (key = pod name), and of the grid (key = email).</summary>
    public async Task<(Dictionary<int, List<Sighting>> Students, List<Sighting> Grid)> DrainAsync()
    {
        var students = new Dictionary<int, List<Sighting>>();
        foreach (var (page, student) in _students)
        {
            students[student] = await DrainAsync(page);
        }

        return (students, await DrainAsync(_instructor!));
    }

    public int StudentPages => _students.Count;

    private static async Task<List<Sighting>> DrainAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("() => window.__seen.splice(0)");
        return json.EnumerateArray()
            .Select(e => new Sighting(e[0].GetString() ?? "", e[1].GetString() ?? "", e[2].GetDouble()))
            .ToList();
    }

    private async Task<IPage> OpenAsync((string Name, string Value) cookie, string path)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        await context.AddCookiesAsync([new Cookie { Name = cookie.Name, Value = cookie.Value, Url = root.GetLeftPart(UriPartial.Authority) + "/" }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(root, path).ToString(), new() { Timeout = 120_000 });
        await page.WaitForSelectorAsync("[data-interactive='true']", new() { Timeout = 120_000 });
        return page;
    }
}
