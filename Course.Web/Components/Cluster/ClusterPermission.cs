namespace Course.Web.Components.Cluster;

/// <summary>One RBAC rule the cluster feature needs: verbs on a resource of an API group ("" is the core group).</summary>
internal sealed record ClusterPermission(string ApiGroup, string Resource, IReadOnlyList<string> Verbs);
