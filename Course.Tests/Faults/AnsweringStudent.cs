using System.Text.Json;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Faults;

/// <summary>
/// A signed-in student in one Chromium page answering several questions of a chapter again and again through their quiz
/// cards (<see cref="AnsweringScript"/>: the clicks a reader makes, looped in the page). Every answer checked is kept in
/// order with what its card said about it, so a test can compare them with the rows stored.
/// </summary>
internal sealed class AnsweringStudent(IPage page, string userId, IReadOnlyList<QuizQuestion> questions)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private Progress _last = new(0, null, []);

    public string UserId { get; } = userId;

    public IReadOnlyList<QuizQuestion> Questions { get; } = questions;

    public IPage Page { get; } = page;

    /// <summary>The answers checked on <paramref name="questionId"/>'s card as last read, oldest first.</summary>
    public IReadOnlyList<CheckedAnswer> Checked(string questionId) => _last.Cards.GetValueOrDefault(questionId) ?? [];

    /// <summary>How many answers of <paramref name="questionId"/>'s card were acknowledged ("Enregistré"), as last read.</summary>
    public int Acknowledged(string questionId) => Checked(questionId).Count(a => a.SaveState == CheckedAnswer.Saved);

    /// <summary>Opens the chapter of <paramref name="questions"/> in <paramref name="page"/> (already signed in).</summary>
    public static async Task<AnsweringStudent> OpenAsync(IPage page, string userId, Uri root, IReadOnlyList<QuizQuestion> questions)
    {
        var chapter = questions.Select(q => q.ChapterSlug).Distinct().Single();

        // Generous: the first page of a freshly started process compiles most of the site on a shared 2-core machine.
        await page.GotoAsync(new Uri(root, $"chapitres/{chapter}").ToString(), new() { Timeout = 90_000 });
        await page.WaitForInteractiveAsync(90_000);
        return new AnsweringStudent(page, userId, questions);
    }

    /// <summary>Starts answering every card; returns at once.</summary>
    public Task StartAsync() =>
        Page.EvaluateAsync(AnsweringScript.Start, Questions.Select(q => new { id = q.Id, options = q.Options.Select(o => o.Id).ToArray() }).ToArray());

    /// <summary>Reads what the cards said so far; throws if a card stopped answering on its own (the test's failure).</summary>
    public async Task ReadAsync()
    {
        var progress = JsonSerializer.Deserialize<Progress>(await Page.EvaluateAsync<string>(AnsweringScript.Read), _json)!;
        _last = progress;
        if (progress.Error is not null)
        {
            throw new InvalidOperationException($"A quiz card stopped answering: {progress.Error}");
        }
    }

    /// <summary>Lets every card finish the answer in progress (its final save state shown), stops, reads.</summary>
    public async Task StopAsync()
    {
        await Page.EvaluateAsync(AnsweringScript.Stop);
        await Page.WaitForFunctionAsync("() => window.faultAnswers.running === 0", null, new() { Timeout = 30_000, PollingInterval = 20 });
        await ReadAsync();
    }

    /// <summary>Reads the cards again until <paramref name="condition"/> holds on what they said, within <paramref name="seconds"/>.</summary>
    public Task UntilAsync(Func<AnsweringStudent, bool> condition, string what, int seconds = 30) =>
        Eventually.ValueAsync(async () =>
        {
            await ReadAsync();
            return this;
        }, condition, what, TimeSpan.FromSeconds(seconds));

    public override string ToString() =>
        string.Join("; ", Questions.Select(q => $"{q.Id} [{string.Join(' ', Checked(q.Id))}]"));

    private sealed record Progress(int Running, string? Error, Dictionary<string, List<CheckedAnswer>> Cards);
}
