using Microsoft.Playwright;

namespace Course.Tests.Infrastructure;

/// <summary>
/// What a page looked like on every frame Chromium painted: an init script samples the page in each
/// <c>requestAnimationFrame</c> callback (just before the frame is painted), from the first frame of every document the
/// page loads. Frames of a state that never reached the screen are not recorded.
/// </summary>
public static class PaintedFrames
{
    /// <summary>Give it to <c>AddInitScriptAsync</c> before the first navigation.</summary>
    public const string Recorder = """
        (() => {
            if (location.protocol !== "http:") return;
            const frames = [];
            window.paintedFrames = frames;
            const sample = () => {
                if (document.body) {
                    const links = [...document.head.querySelectorAll("link[rel=stylesheet]")];
                    const style = getComputedStyle(document.body);
                    frames.push({
                        Path: location.pathname,
                        BodyMargin: style.marginTop,
                        Loading: links.filter(link => !link.disabled && !link.sheet).map(link => link.getAttribute("href")).join(" "),
                        Applied: links.filter(link => !link.disabled && link.sheet).length,
                    });
                }
                requestAnimationFrame(sample);
            };
            requestAnimationFrame(sample);
        })()
        """;

    /// <summary>Forgets the frames recorded so far on the current document.</summary>
    public static Task ClearAsync(IPage page) => page.EvaluateAsync("() => { window.paintedFrames.length = 0; }");

    /// <summary>
    /// The frames recorded on the current document, once it has painted <paramref name="more"/> frames after the call
    /// (about two seconds at 60 a second; longer on a loaded machine, which paints fewer).
    /// </summary>
    public static async Task<IReadOnlyList<PaintedFrame>> UntilQuietAsync(IPage page, int more = 120)
    {
        var recorded = await page.EvaluateAsync<int>("() => window.paintedFrames.length");
        await page.WaitForFunctionAsync(
            $"() => window.paintedFrames.length >= {recorded + more}", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        return await page.EvaluateAsync<PaintedFrame[]>("() => window.paintedFrames");
    }

    /// <summary>Runs of identical frames, e.g. "3× /chapitres/introduction styled, 2× / UNSTYLED (body margin 8px)".</summary>
    public static string Describe(IReadOnlyList<PaintedFrame> frames)
    {
        var runs = new List<(string State, int Count)>();
        foreach (var state in frames.Select(frame => frame.ToString()))
        {
            if (runs.Count > 0 && runs[^1].State == state)
            {
                runs[^1] = (state, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((state, 1));
            }
        }

        return $"{frames.Count} frames: " + string.Join(", ", runs.Select(run => $"{run.Count}× {run.State}"));
    }
}

/// <summary>One painted frame, as <see cref="PaintedFrames"/> recorded it.</summary>
public sealed class PaintedFrame
{
    public string Path { get; set; } = "";

    /// <summary>The body's computed top margin: the browser's default 8px means none of the site's stylesheets applied.</summary>
    public string BodyMargin { get; set; } = "";

    /// <summary>Enabled stylesheet links whose stylesheet has not loaded yet (their rules are missing from the frame).</summary>
    public string Loading { get; set; } = "";

    /// <summary>Enabled stylesheet links whose stylesheet applies.</summary>
    public int Applied { get; set; }

    public bool Styled => BodyMargin != "8px" && Loading.Length == 0;

    public override string ToString() =>
        $"{Path} {(Styled ? "styled" : "UNSTYLED")} (body margin {BodyMargin}, {Applied} sheets{(Loading.Length > 0 ? $", loading {Loading}" : "")})";
}
