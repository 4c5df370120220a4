using Course.Content.Model;

namespace Course.Web.Components.Cluster.Checks;

/// <summary>A chapter's check and its outcome on the student's lab.</summary>
public sealed record LabCheckResult(LabCheck Check, Chapter Chapter, LabCheckOutcome Outcome);
