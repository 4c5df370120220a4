namespace Course.Web.Components.Cluster.Lab;

/// <summary>Why the lab view is degraded, with the French message shown to the student.</summary>
public sealed record LabProblem(LabProblemKind Kind, string Message);
