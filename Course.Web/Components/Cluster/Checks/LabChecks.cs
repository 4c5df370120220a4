using Course.Content.Model;
using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster.Checks;

/// <summary>Every check the chapters declare, in course order, evaluated on one snapshot.</summary>
internal sealed class LabChecks(CourseContent course)
{
    public IReadOnlyList<(LabCheck Check, Chapter Chapter)> All { get; } =
        course.Chapters.OrderBy(c => c.Order).SelectMany(c => c.LabChecks.Select(check => (check, c))).ToList();

    public IReadOnlyList<LabCheckResult> Evaluate(LabSnapshot snapshot) =>
        All.Select(c => new LabCheckResult(c.Check, c.Chapter, LabCheckEvaluator.Evaluate(c.Check.Id, snapshot))).ToList();
}
