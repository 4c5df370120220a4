using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Faults;

/// <summary>
/// A signed-in student in Chromium answering one question of a chapter again and again through its quiz card, as a
/// reader would: tick an option (a different one each time), "Vérifier", read the save state, "Réessayer". Every answer
/// checked is kept in order with what the card said about it, so a test can compare them with the rows stored.
/// </summary>
internal sealed class AnsweringStudent(IPage page, string userId, QuizQuestion question)
{
    private readonly List<CheckedAnswer> _checked = [];

    public string UserId { get; } = userId;

    public QuizQuestion Question { get; } = question;

    public IPage Page { get; } = page;

    /// <summary>The answers checked so far, oldest first.</summary>
    public IReadOnlyList<CheckedAnswer> Checked
    {
        get
        {
            lock (_checked)
            {
                return [.. _checked];
            }
        }
    }

    public int Acknowledged => Checked.Count(a => a.SaveState == CheckedAnswer.Saved);

    /// <summary>Opens the chapter of <see cref="Question"/> signed in as <paramref name="email"/>, ready to answer.</summary>
    public static async Task<AnsweringStudent> OpenAsync(
        ChromiumFixture chromium, IServiceProvider accounts, Uri root, string email, QuizQuestion question)
    {
        var userId = await TestAccounts.CreateStudentAsync(accounts, email);
        var page = await chromium.NewPageAsync();
        await TestAccounts.SignInBrowserAsync(page.Context, accounts, root, email);
        return await OpenAsync(page, userId, root, question);
    }

    /// <summary>Opens the chapter of <paramref name="question"/> in <paramref name="page"/> (already signed in).</summary>
    public static async Task<AnsweringStudent> OpenAsync(IPage page, string userId, Uri root, QuizQuestion question)
    {
        // Generous: the first page of a freshly started process compiles most of the site on a shared 2-core machine.
        await page.GotoAsync(new Uri(root, $"chapitres/{question.ChapterSlug}").ToString(), new() { Timeout = 90_000 });
        await page.WaitForInteractiveAsync(90_000);
        return new AnsweringStudent(page, userId, question);
    }

    /// <summary>
    /// Answers until <paramref name="stop"/> is cancelled. A failure after the cancellation (the site killed, the page
    /// closed) ends the loop quietly; before it, it is the test's failure.
    /// </summary>
    public async Task AnswerUntilAsync(CancellationToken stop)
    {
        var card = Page.Locator($"[data-question-id='{Question.Id}']");
        var options = Question.Options.Select(o => o.Id).ToList();
        try
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var option = options[i % options.Count];
                await card.Locator($"[data-option-id='{option}'] input").CheckAsync();
                var answer = new CheckedAnswer(option);
                lock (_checked)
                {
                    _checked.Add(answer);
                }

                await card.Locator("button[data-quiz-action='check']").ClickAsync();

                // The grade and the "saving" state come in one render; only then can a final state be this answer's.
                await card.Locator("[data-answer-state]").WaitForAsync();
                var state = card.Locator($"[data-save-state='{CheckedAnswer.Saved}'], [data-save-state='{CheckedAnswer.NotSaved}']");
                await state.WaitForAsync(new() { Timeout = 30_000 });
                answer.SaveText = (await state.InnerTextAsync()).Trim();
                answer.SaveState = await state.GetAttributeAsync("data-save-state");

                await card.Locator("button[data-quiz-action='retry']").ClickAsync();
                await card.Locator("button[data-quiz-action='check']").WaitForAsync();
            }
        }
        catch (Exception exception) when (stop.IsCancellationRequested && exception is PlaywrightException or TimeoutException)
        {
            // The site or the page went away on purpose.
        }
    }
}
