using System.Text.Json;
using Microsoft.Playwright;

namespace ClassroomLoad;

/// <summary>
/// A student in headless Chromium, signed in with the cookie its HTTP sign-in obtained: opens chapters (a real Blazor
/// circuit each) and answers every question as the UI does (tick the first option, "Vérifier"), waiting for
/// "Enregistré", the acknowledgement the card shows once the answer is committed.
/// </summary>
/// <remarks>
/// Every student has a page of its own in one shared browser context, on a host name of its own
/// (<c>s007.localhost</c>, mapped to the site's loopback address by <see cref="ChromiumStudents"/>): host-only cookies
/// keep each student's sign-in apart, while the pages can share a few renderer processes. Each step is one
/// <c>EvaluateAsync</c> whose script waits on a MutationObserver in the page, not a chain of Playwright waits: the
/// driver's round trips and polling were most of the clients' cost (docs/benchmarks.md, classroom load, session 12).
/// </remarks>
internal sealed class BrowserStudent(IBrowserContext context, Uri origin, HttpStudent account, Timings timings, int thinkMs, int timeoutMs)
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
    private const string OpenScript = "async ([timeoutMs]) => {" + Until + """
            await until(() => document.querySelector('article.chapter'), 'article.chapter');
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

    public int Acknowledged { get; private set; }

    public int NotSaved { get; private set; }

    public async Task RunAsync(IReadOnlyList<string> chapters, int offset, CancellationToken stop)
    {
        await context.AddCookiesAsync(account.Cookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = origin.Host, Path = "/", HttpOnly = c.HttpOnly,
        }));
        var page = await context.NewPageAsync();
        try
        {
            page.SetDefaultTimeout(timeoutMs);
            page.SetDefaultNavigationTimeout(timeoutMs);
            for (var visit = 0; !stop.IsCancellationRequested; visit++)
            {
                var slug = chapters[(offset + visit) % chapters.Count];
                string[] questions = [];
                var opened = await timings.TimeAsync("chapter in Chromium (GET to interactive)", async () =>
                {
                    await page.GotoAsync(new Uri(origin, $"chapitres/{slug}").ToString());
                    questions = await page.EvaluateAsync<string[]>(OpenScript, new object[] { timeoutMs });
                });
                if (!opened)
                {
                    continue;
                }

                foreach (var question in questions)
                {
                    // Reading the question before answering it.
                    await Task.Delay(thinkMs, stop);
                    await AnswerAsync(page, question);
                }
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private async Task AnswerAsync(IPage page, string question)
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
