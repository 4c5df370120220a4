using Microsoft.AspNetCore.Components;

namespace Course.Web.Components.Assets;

/// <summary>
/// Addresses of package assets whose fingerprinted route has no compressed variant. The SDK's endpoint manifest
/// gives MudBlazor's <c>MudBlazor.min.{fingerprint}.css</c> only the raw 627 KB file, while the plain
/// <c>_content/MudBlazor/MudBlazor.min.css</c> route has its Brotli and gzip variants. So the page links the plain
/// route with the fingerprint as <c>?v=</c>: compressed bytes, and a new address whenever the content changes,
/// which is what lets <see cref="VersionedAssetCachingMiddleware"/> make them immutable.
/// </summary>
internal static class VersionedAsset
{
    public const string VersionParameter = "v";

    /// <summary><c>_content/MudBlazor/MudBlazor.min.css?v=k4r0it8844</c> for that label, or the label unchanged.</summary>
    public static string Url(ResourceAssetCollection assets, string label)
    {
        var fingerprinted = assets[label];
        var name = Path.GetFileNameWithoutExtension(label);
        var stem = Path.GetFileNameWithoutExtension(fingerprinted);
        // Without a manifest (e.g. a build run outside Development) the label comes back as it is.
        if (fingerprinted == label || stem.Length <= name.Length + 1)
        {
            return label;
        }

        return $"{label}?{VersionParameter}={stem[(name.Length + 1)..]}";
    }
}
