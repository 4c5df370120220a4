namespace Course.Web.Components.Account.Forms;

/// <summary>The sign-in form as posted.</summary>
internal sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }

    public FormErrors Validate()
    {
        var errors = new FormErrors();
        Email = EmailAddress.Normalize(Email);
        if (EmailAddress.Problem(Email) is { } problem)
        {
            errors.Add(nameof(Email), problem);
        }

        if (string.IsNullOrEmpty(Password))
        {
            errors.Add(nameof(Password), "Saisissez votre mot de passe.");
        }

        return errors;
    }
}
