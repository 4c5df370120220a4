using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Quizzes;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Progress;

/// <summary>
/// One circuit of a student on a running site: bUnit renders the real components with the site's database (or
/// <paramref name="contexts"/>), the browser's storage in <paramref name="browser"/>, and the student signed in when
/// <paramref name="userId"/> is given (the NameIdentifier claim, as Identity sets it).
/// </summary>
internal sealed class StudentVisit : ComponentTestContext
{
    public StudentVisit(
        InMemorySiteFactory site, string? userId, InMemoryQuizAnswerStore? browser = null, IDbContextFactory<CourseDbContext>? contexts = null)
        : base(services =>
        {
            services.AddSingleton<IQuizAnswerStore>(browser ?? new InMemoryQuizAnswerStore());
            UseDatabase(services, site.Services, contexts);
            if (userId is not null)
            {
                SignIn(services, userId);
            }
        })
    {
    }

    public QuizProgress Progress => Services.GetRequiredService<QuizProgress>();

    public IRenderedComponent<QuizCard> Card(string questionId) => Render<QuizCard>(p => p.Add(c => c.QuestionId, questionId));

    /// <summary>Checks <paramref name="options"/> on the card and presses "Vérifier".</summary>
    public static void Answer(IRenderedComponent<QuizCard> card, params string[] options)
    {
        card.WaitForAssertion(() => Assert.Equal("check", card.Find("button[data-quiz-action]").GetAttribute("data-quiz-action")));
        foreach (var option in options)
        {
            card.Find($"[data-option-id='{option}'] input").Change(true);
        }

        card.Find("button[data-quiz-action]").Click();
    }

    public static string SaveState(IRenderedComponent<QuizCard> card) =>
        card.FindAll("[data-save-state]").SingleOrDefault()?.GetAttribute("data-save-state") ?? "none";
}
