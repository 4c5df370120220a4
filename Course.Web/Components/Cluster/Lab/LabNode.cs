namespace Course.Web.Components.Cluster.Lab;

/// <summary>A node of the lab: its role (<c>control-plane</c> or <c>worker</c>), Ready condition, kubelet and runtime versions.</summary>
public sealed record LabNode(string Name, string Role, bool Ready, string KubeletVersion, string Runtime);
