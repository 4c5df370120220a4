using Bunit;
using Course.Content.Loading;
using Course.Content.Model;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace Course.Tests.Quizzes;

/// <summary>
/// bUnit context for the quiz components: MudBlazor, an interactive renderer, a small test chapter with one
/// question of each kind, an in-memory answer store and the default logging sink.
/// </summary>
public abstract class QuizComponentTestBase : BunitContext
{
    public const string SingleId = "intro-role-rng";
    public const string MultipleId = "test-multiple";
    public const string TrueFalseId = "test-vrai-faux";

    protected QuizComponentTestBase(InMemoryQuizAnswerStore? store = null)
    {
        Store = store ?? new InMemoryQuizAnswerStore();
        Services.AddMudServices();
        Services.AddSingleton(TestCourse);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IQuizAnswerStore>(Store);
        Services.AddSingleton(Sink);
        Services.AddSingleton<IQuizAnswerSink>(Sink);
        Services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        Services.AddScoped<QuizProgress>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public static CourseContent TestCourse { get; } = ChapterLoader.Load([(QuizChapterSource.FileName, QuizChapterSource.Chapter(
        QuizChapterSource.ValidSingle + "\n\n" + """
        ```quiz
        id: test-multiple
        type: multiple
        concept: Les rôles du worker
        review: les-services
        question: Que fait le worker ?
        options:
          - text: Il demande des octets à `rng`
            correct: true
          - text: Il affiche le tableau de bord
          - text: Il envoie les octets à `hasher`
            correct: true
        explanation: Le worker boucle entre `rng` et `hasher`.
        ```

        ```quiz
        id: test-vrai-faux
        type: true-false
        concept: Le nettoyage
        review: nettoyage
        question: On arrête tout avec Ctrl-C.
        options:
          - text: Vrai
            correct: true
          - text: Faux
        explanation: Ctrl-C arrête Compose au premier plan.
        ```
        """))]);

    internal InMemoryQuizAnswerStore Store { get; }

    internal LoggingQuizAnswerSink Sink { get; } = new(NullLogger<LoggingQuizAnswerSink>.Instance);

    protected IRenderedComponent<QuizCard> RenderCard(string questionId) =>
        Render<QuizCard>(p => p.Add(c => c.QuestionId, questionId));
}
