namespace Course.Web.Components.Cluster.Reporter;

/// <summary>One student's reported lab: who, and the feed their views subscribe to.</summary>
internal sealed record ReportedLab(string UserId, string Email, LabStatePublisher Feed);
