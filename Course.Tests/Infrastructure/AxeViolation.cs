namespace Course.Tests.Infrastructure;

/// <summary>One axe rule a page broke, with the nodes it broke it on.</summary>
internal sealed record AxeViolation(string Id, string? Impact, string Help, string[] Tags, AxeViolationNode[] Nodes)
{
    public override string ToString() =>
        $"{Id} ({Impact}): {Help} at " + string.Join(" | ", Nodes.Take(3).Select(node => node.ToString()));
}

/// <summary>Where a violation is: axe's selector of the node and the start of its markup.</summary>
internal sealed record AxeViolationNode(string Target, string Html)
{
    public override string ToString() => $"{Target} {(Html.Length <= 160 ? Html : Html[..160] + "…")}";
}
