using Course.Web.Components.Progress;
using Course.Web.Components.Quizzes;

namespace Course.Web.Components.Islands;

/// <summary>
/// The components a chapter page's script may attach to the circuit as JavaScript root components, by name. This is
/// the allow-list: a name not here is refused by the framework, and each component validates the parameters the
/// browser sends (an unknown question or chapter renders no answer key).
/// </summary>
internal static class JsIslandNames
{
    public const string QuizCard = "quiz-card";

    public const string ChapterEnd = "chapter-end";

    public const string SelfAssessment = "self-assessment";

    public const string ChapterMarks = "chapter-marks";

    public static readonly IReadOnlyDictionary<string, Type> Components = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [QuizCard] = typeof(QuizCard),
        [ChapterEnd] = typeof(ChapterEndMarker),
        [SelfAssessment] = typeof(ChapterSelfAssessment),
        [ChapterMarks] = typeof(ChapterNavMarks),
    };
}
