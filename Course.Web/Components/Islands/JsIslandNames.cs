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

    // The drawer's chapter links with every chapter's marks, on a static page.
    public const string ChapterLinks = "chapter-links";

    // The per-reader parts of the layout on signed-in readers' shared copy of a static page (PageCache/SharedPageRender).
    public const string AccountMenu = "account-menu";

    public const string InstructorNavLink = "instructor-nav-link";

    // The live part of the static DockerCoins page (figures, chart, services, miner controls); it takes no parameter.
    public const string DockerCoinsDashboard = "dockercoins-dashboard";

    public static readonly IReadOnlyDictionary<string, Type> Components = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [QuizCard] = typeof(QuizCard),
        [ChapterEnd] = typeof(ChapterEndMarker),
        [SelfAssessment] = typeof(ChapterSelfAssessment),
        [ChapterLinks] = typeof(Layout.ChapterNavLinks),
        [AccountMenu] = typeof(Account.AccountMenu),
        [InstructorNavLink] = typeof(Layout.InstructorNavLink),
        [DockerCoinsDashboard] = typeof(DockerCoins.DockerCoinsDashboard),
    };
}
