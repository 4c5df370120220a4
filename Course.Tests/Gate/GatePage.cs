using Microsoft.Playwright;

namespace Course.Tests.Gate;

/// <summary>
/// One page of the release gate: where it is, who opens it, and what to do on it before axe looks (open a menu,
/// answer a quiz), so that one audit covers the page and its states.
/// </summary>
/// <param name="Interactive">False for the statically rendered account pages, which never get a circuit.</param>
/// <param name="Axe">
/// Which themes axe audits. Every page is visited in the light theme (headers, Content-Security-Policy, hostile
/// text); axe costs 5-25 s a page on two cores, so pages built from the same template as an audited one (the other
/// chapters) are not audited again, and the dark theme, whose markup is the light theme's, is audited on one page of
/// each template.
/// </param>
public sealed record GatePage(
    string Name,
    string Path,
    GateVisitor Visitor = GateVisitor.Anonymous,
    bool Interactive = true,
    Func<IPage, Task>? Prepare = null,
    GateAxe Axe = GateAxe.Light)
{
    public override string ToString() => $"{Name} ({Visitor}, /{Path})";
}
