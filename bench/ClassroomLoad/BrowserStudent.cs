using System.Text.Json;
using Microsoft.Playwright;

namespace ClassroomLoad;

/// <summary>
/// A student in headless Chromium, signed in with the cookie its HTTP sign-in obtained: opens the course (a page load
/// of a chapter, which starts its Blazor circuit), answers every question as the UI does (tick the first option,
/// "Vérifier"), waiting for "Enregistré", the acknowledgement the card shows once the answer is committed, then follows
/// the link to the next chapter (enhanced navigation: the same page, scripts and circuit) and answers on.
/// </summary>
/// <remarks>
/// Every student has a page of its own in one shared browser context, on a host name of its own
/// (<c>s007.localhost</c>, mapped to the site's loopback address by <see cref="ChromiumStudents"/>): host-only cookies
/// keep each student's sign-in apart, while the pages can share a few renderer processes. Each step is one
/// <c>EvaluateAsync</c> whose script waits on a MutationObserver in the page, not a chain of Playwright waits: the
/// driver's round trips and polling were most of the clients' cost (docs/benchmarks.md, classroom load, session 12).
/// </remarks>
internal sealed class BrowserStudent(IBrowserContext context, Uri origin, HttpStudent account, int thinkMs, int timeoutMs) : IAsyncDisposable
{
    // until(test): resolves with test()'s first truthy value, checked at each DOM change, or rejects after the timeout.
    private const string Until = """
        const until = (test, what) => new Promise((resolve, reject) => {
            const found = test();
            if (found) { resolve(found); return; }
            const observer = new MutationObserver(() => {
                const value = test();
                if (value) { observer.disconnect(); clearTimeout(timer); resolve(value); }
            });
            const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`Timeout ${timeoutMs} ms: ${what}`)); }, timeoutMs);
            observer.observe(document, { childList: true, subtree: true, attributes: true });
        });
        """;

    // Waits for the chapter, scrolls to its first card (islands attach as the reader nears them, islands.js) and waits
    // until its button is enabled: the page is interactive. Returns the ids of the page's questions.
    internal const string OpenScript = "async ([timeoutMs]) => {" + Until + """
            await until(() => document.querySelector('article.chapter'), 'article.chapter');
            const first = document.querySelector('[data-quiz-action]');
            if (!first) return [];
            first.scrollIntoView({ block: 'center' });
            await until(() => document.querySelector('[data-quiz-action]:not([disabled])'), 'an enabled quiz button');
            return [...document.querySelectorAll('.quiz-card[data-question-id]')].map(card => card.dataset.questionId);
        }
        """;

    // Moves to the next chapter as a reader does: its link at the chapter's end (« Chapitre suivant »), or the drawer's
    // link when the chapter has none (the last one). Blazor's enhanced navigation fetches the page and merges it into
    // the document: the scripts stay and so does the circuit, whose islands islands.js swaps on "enhancedload" (it
    // registered first, so its handler has run when this one resolves). Then as OpenScript: the first card interactive.
    internal const string NextScript = "async ([slug, timeoutMs]) => {" + Until + """
            const href = `chapitres/${slug}`;
            const link = [...document.querySelectorAll('a.chapter-pager__next, .mud-drawer a')]
                .find(a => a.getAttribute('href') === href);
            if (!link) throw new Error(`no link to ${href}`);
            let loaded = false;
            window.Blazor.addEventListener('enhancedload', () => { loaded = true; });
            link.scrollIntoView({ block: 'center' });
            link.click();
            await until(() => loaded && document.querySelector(`article.chapter[data-chapter="${slug}"]`), `enhanced navigation to ${slug}`);
            const first = document.querySelector('[data-quiz-action]');
            if (!first) return [];
            first.scrollIntoView({ block: 'center' });
            await until(() => document.querySelector('[data-quiz-action]:not([disabled])'), 'an enabled quiz button');
            return [...document.querySelectorAll('.quiz-card[data-question-id]')].map(card => card.dataset.questionId);
        }
        """;

    // Answers one card as a reader does: scroll to it, wait until it is interactive, « Réessayer » if it shows an
    // earlier answer, tick the first option, « Vérifier », then wait for the save state. The card is found again by its
    // id at each step: attaching an island renders its markup anew. Times are the page's own clock.
    private const string AnswerScript = "async ([id, timeoutMs]) => {" + Until + """
            const card = () => document.querySelector(`.quiz-card[data-question-id="${id}"]`);
            const action = () => card()?.querySelector('[data-quiz-action]');
            card().scrollIntoView({ block: 'center' });
            await until(() => action() && !action().disabled, `card ${id} interactive`);
            let retryMs = -1;
            if (action().dataset.quizAction === 'retry') {
                const started = performance.now();
                action().click();
                await until(() => action()?.dataset.quizAction === 'check' && !action().disabled, `card ${id} reset`);
                retryMs = performance.now() - started;
            }
            const started = performance.now();
            card().querySelector('input').click();
            action().click();
            const state = await until(() => card()?.querySelector("[data-save-state='saved'], [data-save-state='not-saved']")?.dataset.saveState,
                `card ${id} saved`);
            return { retryMs, answerMs: performance.now() - started, state };
        }
        """;

    private IPage? _page;

    // Whether the page holds a chapter whose first card is interactive, and that chapter's questions.
    private bool _open;
    private string[] _questions = [];

    public int Acknowledged { get; private set; }

    public int NotSaved { get; private set; }

    /// <summary>The student opens the course: a page load of its first chapter, until its first card is interactive.</summary>
    public async Task OpenAsync(string slug, Timings timings)
    {
        if (_page is null)
        {
            await context.AddCookiesAsync(account.Cookies.Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = origin.Host, Path = "/", HttpOnly = c.HttpOnly,
            }));
            _page = await context.NewPageAsync();
            _page.SetDefaultTimeout(timeoutMs);
            _page.SetDefaultNavigationTimeout(timeoutMs);
        }

        _open = await timings.TimeAsync("chapter in Chromium (GET to interactive)", async () =>
        {
            await _page.GotoAsync(new Uri(origin, $"chapitres/{slug}").ToString());
            _questions = await _page.EvaluateAsync<string[]>(OpenScript, new object[] { timeoutMs });
        });
    }

    /// <summary>
    /// Answers every question of the open chapter, then moves to the next chapter by its link (enhanced navigation, as a
    /// reader does: the scripts and the circuit stay), and so on until <paramref name="stop"/>. A chapter that did not
    /// become interactive is opened again by a page load.
    /// </summary>
    public async Task ReadAsync(IReadOnlyList<string> chapters, int offset, Timings timings, CancellationToken stop)
    {
        for (var visit = 0; !stop.IsCancellationRequested; visit++)
        {
            var slug = chapters[(offset + visit) % chapters.Count];
            if (!_open)
            {
                await OpenAsync(slug, timings);
            }
            else if (visit > 0)
            {
                _open = await timings.TimeAsync("next chapter in Chromium (link to interactive)", async () =>
                    _questions = await _page!.EvaluateAsync<string[]>(NextScript, new object[] { slug, timeoutMs }));
            }

            if (!_open)
            {
                continue;
            }

            foreach (var question in _questions)
            {
                // Reading the question before answering it.
                await Task.Delay(thinkMs, stop);
                await AnswerAsync(_page!, question, timings);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.CloseAsync();
        }
    }

    private async Task AnswerAsync(IPage page, string question, Timings timings)
    {
        JsonElement result = default;
        if (!await timings.TimeAsync("question in Chromium (driver's call: scroll, retry, answer)", async () =>
                result = await page.EvaluateAsync<JsonElement>(AnswerScript, new object[] { question, timeoutMs })))
        {
            return;
        }

        var retryMs = result.GetProperty("retryMs").GetDouble();
        if (retryMs >= 0)
        {
            timings.Record("retry (click to options enabled)", retryMs);
        }

        if (result.GetProperty("state").GetString() == "saved")
        {
            Acknowledged++;
            timings.Record("answer (Vérifier to Enregistré)", result.GetProperty("answerMs").GetDouble());
        }
        else
        {
            NotSaved++;
            timings.Error("answer (Vérifier to Enregistré)", "the card said « Non enregistré »");
        }
    }
}
