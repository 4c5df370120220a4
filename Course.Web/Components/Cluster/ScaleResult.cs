namespace Course.Web.Components.Cluster;

/// <summary>What a scale request did, in French for the instructor.</summary>
internal sealed record ScaleResult(bool Succeeded, string Message);
