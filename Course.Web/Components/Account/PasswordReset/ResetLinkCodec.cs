using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Course.Web.Components.Account.PasswordReset;

/// <summary>Carries Identity's reset token in a URL (base64url, as the Blazor template does) and back.</summary>
internal static class ResetLinkCodec
{
    public const string UserParameter = "utilisateur";
    public const string CodeParameter = "code";

    public static string Path(string userId, string token) =>
        $"{AccountPaths.ResetPassword}?{UserParameter}={Uri.EscapeDataString(userId)}&{CodeParameter}={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    /// <summary>The token, or null when the code is not base64url (a truncated or altered link).</summary>
    public static string? Token(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
