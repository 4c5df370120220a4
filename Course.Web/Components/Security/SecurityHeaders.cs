using Course.Web.Components.Layout;

namespace Course.Web.Components.Security;

/// <summary>
/// The security headers every response carries (<see cref="SecurityHeadersMiddleware"/>). Fixed strings: pages are
/// served to everyone from the page cache, so a per-response nonce is impossible: the one inline script is allowed by
/// its hash instead.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts come only from the site's own files, plus the one inline script every page carries, allowed by its hash
    /// (Layout/RememberedDrawerScript: it closes a drawer the reader closed before the first frame); no other inline
    /// script, no eval (Blazor Server and MudBlazor need neither). Styles allow 'unsafe-inline': MudBlazor writes its
    /// theme as a &lt;style&gt; element and positions popovers with style attributes; a style cannot run code. 'self'
    /// in connect-src covers the circuit's same-origin WebSocket (ws:/wss:). frame-ancestors 'none' replaces Blazor's
    /// own frame-ancestors 'self' (switched off in SiteRegistration, so there is one policy, not two).
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        "default-src 'self'; "
        + "base-uri 'self'; "
        + "object-src 'none'; "
        + "frame-src 'none'; "
        + "frame-ancestors 'none'; "
        + "form-action 'self'; "
        + "img-src 'self' data:; "
        + "font-src 'self' data:; "
        + "style-src 'self' 'unsafe-inline'; "
        + $"script-src 'self' {RememberedDrawerScript.CspHashSource}; "
        + "connect-src 'self'";

    /// <summary>Powerful browser features the course never uses. The clipboard stays allowed: readers copy commands.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>Other sites (kubernetes.io links) learn the origin only, never a search query or a join code in the path.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// Sent to signed-in readers only (a request with a sign-in cookie): their pages open a circuit with their answers,
    /// progress or class, and no window of another site may keep a reference to them. An anonymous visitor's page is
    /// the public course text, the same bytes for everyone; without the header, the first visit from a new tab needs
    /// no browsing-context-group switch, which Lighthouse measured at 0.25-0.3 s of first paint (docs/security.md).
    /// </summary>
    public const string CrossOriginOpenerPolicy = "same-origin";

    /// <summary>One year, this host only: the classroom's other hosts may still serve plain HTTP.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";
}
