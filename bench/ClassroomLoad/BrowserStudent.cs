using Microsoft.Playwright;

namespace ClassroomLoad;

/// <summary>
/// A student in headless Chromium, signed in with the cookie its HTTP sign-in obtained: opens chapters (a real Blazor
/// circuit each) and answers every question as the UI does (tick the first option, "Vérifier"), waiting for
/// "Enregistré", the acknowledgement the card shows once the answer is committed.
/// </summary>
internal sealed class BrowserStudent(IBrowser browser, Uri site, HttpStudent account, Timings timings, int thinkMs, int timeoutMs)
{
    public int Acknowledged { get; private set; }

    public int NotSaved { get; private set; }

    public async Task RunAsync(IReadOnlyList<string> chapters, int offset, CancellationToken stop)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        await context.AddCookiesAsync(account.Cookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = site.Host, Path = "/", HttpOnly = c.HttpOnly,
        }));
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(timeoutMs);
        for (var visit = 0; !stop.IsCancellationRequested; visit++)
        {
            var slug = chapters[(offset + visit) % chapters.Count];
            var opened = await timings.TimeAsync("chapter in Chromium (GET to interactive)", async () =>
            {
                await page.GotoAsync($"chapitres/{slug}");
                await page.Locator("article.chapter").WaitForAsync();
                var check = page.Locator("[data-quiz-action]");
                if (await check.CountAsync() > 0)
                {
                    // Cards attach as the reader nears them (islands.js): the student scrolls to the first one.
                    await page.EvaluateAsync("() => document.querySelector('[data-quiz-action]').scrollIntoView({ block: 'center' })");
                    await page.Locator("[data-quiz-action]:not([disabled])").First.WaitForAsync();
                }
            });
            if (!opened)
            {
                continue;
            }

            var cards = page.Locator(".quiz-card[data-question-id]");
            var count = await cards.CountAsync();
            for (var i = 0; i < count && !stop.IsCancellationRequested; i++)
            {
                // Reading the question before answering it.
                await Task.Delay(thinkMs, stop);
                await AnswerAsync(cards.Nth(i));
            }
        }
    }

    private async Task AnswerAsync(ILocator card)
    {
        var action = card.Locator("[data-quiz-action]");
        if (await action.GetAttributeAsync("data-quiz-action") == "retry")
        {
            // Answered on an earlier visit: start a new attempt, as a student trying again does.
            if (!await timings.TimeAsync("retry (click to options enabled)", async () =>
            {
                await action.ClickAsync();
                await card.Locator("[data-quiz-action='check']").WaitForAsync();
            }))
            {
                return;
            }
        }

        await timings.TimeAsync("answer (Vérifier to Enregistré)", async () =>
        {
            await card.Locator("input").First.CheckAsync();
            await card.Locator("[data-quiz-action='check']").ClickAsync();
            var state = card.Locator("[data-save-state='saved'], [data-save-state='not-saved']");
            await state.WaitForAsync();
            if (await state.GetAttributeAsync("data-save-state") == "saved")
            {
                Acknowledged++;
            }
            else
            {
                NotSaved++;
                throw new InvalidOperationException("the card said « Non enregistré »");
            }
        });
    }
}
