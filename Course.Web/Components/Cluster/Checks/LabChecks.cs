using System.Runtime.CompilerServices;
using Course.Content.Model;
using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster.Checks;

/// <summary>Every check the chapters declare, in course order, evaluated on one snapshot.</summary>
internal sealed class LabChecks(CourseContent course)
{
    // A snapshot never changes once built: the push endpoint evaluates it once and every open page (the student's,
    // the instructor's grid of the whole class, on each of their renders) reads that same result. Keyed by reference,
    // so a snapshot's results go when the snapshot does.
    private readonly ConditionalWeakTable<LabSnapshot, IReadOnlyList<LabCheckResult>> _evaluated = new();

    public IReadOnlyList<(LabCheck Check, Chapter Chapter)> All { get; } =
        course.Chapters.OrderBy(c => c.Order).SelectMany(c => c.LabChecks.Select(check => (check, c))).ToList();

    public IReadOnlyList<LabCheckResult> Evaluate(LabSnapshot snapshot) =>
        _evaluated.GetValue(snapshot, s => All.Select(c => new LabCheckResult(c.Check, c.Chapter, LabCheckEvaluator.Evaluate(c.Check.Id, s))).ToList());
}
