namespace Course.Web.Components.Cluster.Checks;

/// <summary>A check's result on one snapshot and, in French, what was seen.</summary>
public sealed record LabCheckOutcome(bool Passed, string Detail);
