namespace Course.Web.Components.Account.PasswordReset;

/// <summary>The new-password form as posted.</summary>
internal sealed class ResetPasswordForm
{
    public string? Password { get; set; }

    public string? Confirmation { get; set; }
}
