using System.Text.Json;
using Bunit;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Tests.Progress;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Gate;

/// <summary>
/// The answers kept in the browser's protected local storage, forged or corrupted: read by the real
/// <see cref="ProtectedQuizAnswerStore"/> with the site's own keys, for an anonymous visitor and at the merge that follows
/// sign-in. Nothing is restored, nothing is stored in the account, nothing throws; a genuine value still merges. Run by
/// <see cref="TamperedSubmissionTests"/> on its sites (one site per provider for both checks).
/// </summary>
internal static class ForgedBrowserStorage
{
    private static readonly string Purpose = $"{typeof(ProtectedLocalStorage).FullName}:{ProtectedQuizAnswerStore.Key}";

    private static readonly QuizQuestion Question = ShippedCourse.Content.FindChapter("introduction")!.Questions.First(q => q.Kind == QuizKind.SingleChoice);

    private static readonly string Right = Question.CorrectOptionIds.Single();

    public static async Task AssertNeitherRestoredNorMergedAsync(InMemorySiteFactory site, string userId)
    {
        var keys = site.Services.GetRequiredService<IDataProtectionProvider>();

        foreach (var (name, value) in ForgedValues(keys))
        {
            var browser = new InMemoryLocalStorage();
            browser.Items[ProtectedQuizAnswerStore.Key] = value;

            using (var anonymous = new BrowserVisit(site, null, browser, keys))
            {
                await anonymous.Progress.EnsureLoadedAsync();
                Assert.True(anonymous.Progress.StateOf(Question.Id) is null, $"{name}: restored for an anonymous visitor");
            }

            using var signedIn = new BrowserVisit(site, userId, browser, keys);
            var card = signedIn.Render<QuizCard>(p => p.Add(c => c.QuestionId, Question.Id));
            await signedIn.Progress.EnsureLoadedAsync();
            card.WaitForAssertion(() => Assert.Equal("check", card.Find("button[data-quiz-action]").GetAttribute("data-quiz-action")));
            Assert.True((await site.AnswersOfAsync(userId)).Count == 0, $"{name}: merged into the account");
        }

        // The same way in with a genuine value merges it: the checks above could fail.
        var genuine = new InMemoryLocalStorage();
        await new ProtectedLocalStorage(genuine, keys).SetAsync(Purpose, ProtectedQuizAnswerStore.Key,
            Document("anon:" + Guid.NewGuid().ToString("N"), new QuizAnswerState([Right], 1, true, true)));
        using (var visit = new BrowserVisit(site, userId, genuine, keys))
        {
            await visit.Progress.EnsureLoadedAsync();
        }

        Assert.Equal([(Right, true)], (await site.AnswersOfAsync(userId)).Select(r => (r.ChosenOptions, r.IsCorrect)));
    }

    private static IEnumerable<(string Name, string Value)> ForgedValues(IDataProtectionProvider keys)
    {
        var ours = keys.CreateProtector(Purpose);
        var anon = "anon:" + Guid.NewGuid().ToString("N");
        var valid = new QuizAnswerState([Right], 1, true, true);
        var json = Json(Document(anon, valid));

        yield return ("plain JSON, not protected", json);
        yield return ("empty", "");
        yield return ("two megabytes of base64", new string('A', 2_000_000));
        yield return ("protected for another purpose", keys.CreateProtector($"{typeof(ProtectedLocalStorage).FullName}:course.theme").Protect(json));
        yield return ("protected by another key ring", new EphemeralDataProtectionProvider().CreateProtector(Purpose).Protect(json));
        yield return ("our protection around garbage", ours.Protect("{\"studentId\": \"anon:1\", \"answers\": {"));
        yield return ("our protection around null", ours.Protect("null"));
        yield return ("our protection around an empty object", ours.Protect("{}"));
        yield return ("our protection around wrong types", ours.Protect("{\"studentId\": 5, \"answers\": [1, 2]}"));
        yield return ("no student id", ours.Protect($"{{\"answers\": {{\"{Question.Id}\": {Json(valid)}}}}}"));
        yield return ("an account id instead of an anonymous one", ours.Protect(Json(Document("user-123", valid))));
        yield return ("a 100 000-character anonymous id", ours.Protect(Json(Document("anon:" + new string('a', 100_000), valid))));
        yield return ("a null answer", ours.Protect($"{{\"studentId\": \"{anon}\", \"answers\": {{\"{Question.Id}\": null}}}}"));
        yield return ("zero attempts", ours.Protect(Json(Document(anon, valid with { Attempts = 0 }))));
        yield return ("negative attempts", ours.Protect(Json(Document(anon, valid with { Attempts = -3 }))));
        yield return ("two billion attempts", ours.Protect(Json(Document(anon, valid with { Attempts = int.MaxValue }))));
        yield return ("ten thousand selected options", ours.Protect(Json(Document(anon, valid with { Selected = [.. Enumerable.Repeat(Right, 10_000)] }))));
        yield return ("a 100 000-character option id", ours.Protect(Json(Document(anon, valid with { Selected = [new string('a', 100_000)] }))));
        yield return ("ten thousand questions", ours.Protect(Json(new StoredQuizAnswers(anon,
            Enumerable.Range(0, 10_000).Select(i => $"q{i}").Append(Question.Id).ToDictionary(id => id, _ => valid)))));
    }

    private static StoredQuizAnswers Document(string studentId, QuizAnswerState state) =>
        new(studentId, new() { [Question.Id] = state });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);

    /// <summary>One circuit whose quiz answers live in <paramref name="browser"/>'s local storage, protected by <paramref name="keys"/>.</summary>
    private sealed class BrowserVisit : ComponentTestContext
    {
        public BrowserVisit(InMemorySiteFactory site, string? userId, InMemoryLocalStorage browser, IDataProtectionProvider keys)
            : base(services =>
            {
                services.AddSingleton<IQuizAnswerStore>(new ProtectedQuizAnswerStore(new ProtectedLocalStorage(browser, keys), browser));
                UseDatabase(services, site.Services);
                if (userId is not null)
                {
                    SignIn(services, userId);
                }
            })
        {
        }

        public QuizProgress Progress => Services.GetRequiredService<QuizProgress>();
    }
}
