using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Course.Tests.Infrastructure;

/// <summary>
/// Runs axe-core (the copy bundled with Deque.AxeCore) in the page itself and returns its violations. Not the
/// package's <c>RunAxe</c>: that one runs axe frame by frame and finishes the run in a new browser page, which took
/// 5-15 s a page here on two cores against about 1 s for <c>axe.run</c> in the page, and was most of the release gate's
/// time. Axe is injected into the top document only: the site's pages have no frames, and one added later would not
/// be audited inside.
/// </summary>
internal static class AxeAudit
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    // Only what the tests report travels back: a target is an array of selectors (one per shadow root or frame).
    private const string RunScript = """
        async ([context, runOnly]) => {
            const results = await axe.run(context ?? document, { runOnly, resultTypes: ["violations"] });
            return JSON.stringify(results.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                tags: v.tags,
                nodes: v.nodes.map(n => ({ target: n.target.flat().join(" >>> "), html: n.html })),
            })));
        }
        """;

    /// <summary>Audits the page, or only the elements matching <paramref name="within"/> (a CSS selector).</summary>
    public static async Task<IReadOnlyList<AxeViolation>> AuditAsync(this IPage page, AxeRules rules, string? within = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated through the DevTools protocol, not as a page script: the site's Content-Security-Policy allows
            // no inline script, and the audit must not report its own injection.
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(RunScript, new object?[] { within, rules.RunOnly });
        return JsonSerializer.Deserialize<AxeViolation[]>(json, JsonSerializerOptions.Web) ?? [];
    }
}
