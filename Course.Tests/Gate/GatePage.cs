using Microsoft.Playwright;

namespace Course.Tests.Gate;

/// <summary>
/// One page of the release gate: where it is, who opens it, and what to do on it before axe looks (open a menu,
/// answer a quiz), so that one audit covers the page and its states.
/// </summary>
/// <param name="Interactive">False for the statically rendered account pages, which never get a circuit.</param>
/// <param name="Audit">
/// Whether axe audits the page, in both themes. Every page is visited in the light theme (headers,
/// Content-Security-Policy, hostile text); pages built from the same template as an audited one (the other chapters)
/// are not audited again, and are not visited in the dark theme.
/// </param>
public sealed record GatePage(
    string Name,
    string Path,
    GateVisitor Visitor = GateVisitor.Anonymous,
    bool Interactive = true,
    Func<IPage, Task>? Prepare = null,
    bool Audit = true)
{
    public override string ToString() => $"{Name} ({Visitor}, /{Path})";
}
