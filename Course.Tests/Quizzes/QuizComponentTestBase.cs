using AngleSharp.Dom;
using Bunit;
using Course.Content.Loading;
using Course.Content.Model;
using Course.Tests.Infrastructure;
using Course.Web.Components.Quizzes;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Quizzes;

/// <summary>
/// Component tests of the quiz feature on a small test chapter with one question of each kind, so option ids and
/// texts do not move when the shipped chapters are edited.
/// </summary>
public abstract class QuizComponentTestBase : ComponentTestContext
{
    public const string SingleId = "intro-role-rng";
    public const string MultipleId = "test-multiple";
    public const string TrueFalseId = "test-vrai-faux";

    protected QuizComponentTestBase(InMemoryQuizAnswerStore? store = null)
        : base(services =>
        {
            services.AddSingleton(TestCourse);
            if (store is not null)
            {
                services.AddSingleton<IQuizAnswerStore>(store);
            }
        })
    {
        Store = store ?? QuizStore;
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
            feedback: "C'est `webui` qui affiche le tableau de bord."
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

    protected IRenderedComponent<QuizCard> RenderCard(string questionId) =>
        Render<QuizCard>(p => p.Add(c => c.QuestionId, questionId));

    protected static IElement Option(IRenderedComponent<QuizCard> card, string optionId) =>
        card.Find($"[data-option-id='{optionId}'] input");

    protected static IElement CheckButton(IRenderedComponent<QuizCard> card) => card.Find("button[data-quiz-action]");
}
