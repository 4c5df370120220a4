using Course.Web.Components.Instructor.Statistics;

namespace Course.Web.Components.Instructor.Dashboard;

/// <summary>A flat row for the data grid, whose filters work on plain properties.</summary>
public sealed record StudentRow(
    string Name, string Email, int Answered, double? ScorePercent, int ChaptersRead, DateTime? LastActivityAt, bool AtRisk, string Reasons,
    StudentProgress Progress)
{
    public static StudentRow From(StudentProgress progress) => new(
        progress.Student.Name, progress.Student.Email, progress.Answered,
        progress.FirstTryScore is { } score ? Math.Round(score * 100) : null,
        progress.ChaptersRead, progress.LastActivityAt, progress.Risk.IsAtRisk, progress.Risk.Reasons, progress);
}
