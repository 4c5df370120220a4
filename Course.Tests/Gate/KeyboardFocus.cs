using Microsoft.Playwright;

namespace Course.Tests.Gate;

/// <summary>
/// Moves focus with Tab and Shift+Tab only, as a keyboard user does, and notes every stop where the focus cannot be
/// seen (no :focus-visible ring: an outline of at least 2 px or a box shadow).
/// </summary>
internal sealed class KeyboardFocus(IPage page)
{
    // The direction towards the first element matching the selector, from the focused element.
    private const string DirectionScript = """
        selector => {
            const from = document.activeElement ?? document.body;
            const target = document.querySelector(selector);
            if (!target) return 'missing';
            return from.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING ? 'Shift+Tab' : 'Tab';
        }
        """;

    // '' when the focused element shows a ring, else a short description of it. Tab never stops on an element outside
    // the tab order (tabindex -1): focus found there was put by a script, as FocusOnNavigate does with the h1 after a
    // navigation, sometimes just after a Tab press; the heading needs no ring (app.css).
    private const string InvisibleFocusScript = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body || e.tabIndex < 0) return '';
            const s = getComputedStyle(e);
            const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
            if (e.matches(':focus-visible') && ring) return '';
            return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
        }
        """;

    public List<string> InvisibleStops { get; } = [];

    /// <summary>Presses Tab (or Shift+Tab, when the target comes earlier) until an element matching <paramref name="selector"/> has the focus.</summary>
    public async Task MoveToAsync(string selector, int maxPresses = 600)
    {
        var key = await page.EvaluateAsync<string>(DirectionScript, selector);
        Assert.True(key != "missing", $"nothing matches {selector} on {page.Url}");
        for (var presses = 0; presses < maxPresses; presses++)
        {
            await page.Keyboard.PressAsync(key);
            var invisible = await page.EvaluateAsync<string>(InvisibleFocusScript);
            if (invisible.Length > 0 && !InvisibleStops.Contains(invisible))
            {
                InvisibleStops.Add(invisible);
            }

            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }
        }

        Assert.Fail($"{maxPresses} × {key} never reached {selector} on {page.Url}");
    }
}
