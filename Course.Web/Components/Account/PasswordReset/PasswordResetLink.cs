namespace Course.Web.Components.Account.PasswordReset;

/// <summary>A one-time link to <see cref="AccountPaths.ResetPassword"/>, or the French reason it was refused.</summary>
/// <param name="Path">The link, relative to the site's root (e.g. <c>/compte/nouveau-mot-de-passe?utilisateur=...&amp;code=...</c>).</param>
/// <param name="ExpiresAt">When the link stops working (24 hours after its creation).</param>
/// <param name="Refusal">Why no link was made; null when <paramref name="Path"/> is set.</param>
internal sealed record PasswordResetLink(string? Path, DateTime? ExpiresAt, string? Refusal)
{
    public bool Created => Path is not null;

    public static PasswordResetLink Refused(string reason) => new(null, null, reason);
}
