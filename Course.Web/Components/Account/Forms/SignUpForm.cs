using Course.Web.Data.Entities;

namespace Course.Web.Components.Account.Forms;

/// <summary>The sign-up form as posted. Identity checks the password rules and the address's uniqueness afterwards.</summary>
internal sealed class SignUpForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? DisplayName { get; set; }

    public FormErrors Validate()
    {
        var errors = new FormErrors();
        Email = EmailAddress.Normalize(Email);
        DisplayName = string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName.Trim();
        if (EmailAddress.Problem(Email) is { } problem)
        {
            errors.Add(nameof(Email), problem);
        }

        if (PasswordProblem(Password) is { } passwordProblem)
        {
            errors.Add(nameof(Password), passwordProblem);
        }

        if (DisplayName is { Length: > CourseUser.DisplayNameMaxLength })
        {
            errors.Add(nameof(DisplayName), $"Le nom affiché ne peut pas dépasser {CourseUser.DisplayNameMaxLength} caractères (il en compte {DisplayName.Length}).");
        }

        return errors;
    }

    /// <summary>Empty or too long passwords; the other rules are Identity's, reported in French by its describer.</summary>
    public static string? PasswordProblem(string? password) => password switch
    {
        null or "" => "Choisissez un mot de passe. " + PasswordRules.Description,
        { Length: > PasswordRules.MaximumLength } => $"Le mot de passe ne peut pas dépasser {PasswordRules.MaximumLength} caractères.",
        _ => null,
    };
}
