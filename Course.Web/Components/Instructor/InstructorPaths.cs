using Course.Web.Components.Account;

namespace Course.Web.Components.Instructor;

/// <summary>The instructor feature's addresses (relative to the base href, as links in the site are).</summary>
public static class InstructorPaths
{
    /// <summary>The instructor guide, written by the course edition.</summary>
    public const string Guide = "guide-formateur";

    public static string Home => AccountPaths.Instructor.TrimStart('/');

    public static string Cohort(int cohortId) => $"formateur/cohortes/{cohortId}";

    public static string Join(string? code = null) =>
        code is null ? AccountPaths.Join.TrimStart('/') : $"{AccountPaths.Join.TrimStart('/')}?code={Uri.EscapeDataString(code)}";

    /// <summary>A question's card in its chapter.</summary>
    public static string Question(string chapterSlug, string questionId) => $"chapitres/{chapterSlug}#quiz-{questionId}-prompt";

    public static string Section(string chapterSlug, string sectionId) =>
        string.IsNullOrEmpty(sectionId) ? $"chapitres/{chapterSlug}" : $"chapitres/{chapterSlug}#{sectionId}";

    public static string Percent(double? ratio) =>
        ratio is { } value ? value.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) : "—";
}
