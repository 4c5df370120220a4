namespace Course.Web.Components.Account;

/// <summary>The password rules applied by Identity (see <see cref="AccountRegistration"/>), spelled out for the forms.</summary>
internal static class PasswordRules
{
    public const int MinimumLength = 8;

    /// <summary>Long passwords are fine; this only bounds what a form accepts.</summary>
    public const int MaximumLength = 128;

    public const string Description = "Au moins 8 caractères, dont au moins un chiffre et une lettre minuscule.";
}
