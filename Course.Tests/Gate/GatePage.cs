using Microsoft.Playwright;

namespace Course.Tests.Gate;

/// <summary>
/// One page of the release gate: where it is, who opens it, and what to do on it before axe looks (open a menu,
/// answer a quiz), so that one audit covers the page and its states.
/// </summary>
/// <param name="Interactive">False for the statically rendered account pages, which never get a circuit.</param>
public sealed record GatePage(
    string Name,
    string Path,
    GateVisitor Visitor = GateVisitor.Anonymous,
    bool Interactive = true,
    Func<IPage, Task>? Prepare = null)
{
    public override string ToString() => $"{Name} ({Visitor}, /{Path})";
}
