using Microsoft.AspNetCore.Identity;

namespace Course.Web.Components.Account;

/// <summary>
/// Identity's messages in French, as the pages show them. The user name is the e-mail address, so both "duplicate"
/// errors say the same thing (the pages show each distinct message once).
/// </summary>
internal sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"L’adresse {email} est déjà utilisée par un compte. Connectez-vous, ou choisissez une autre adresse.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"L’adresse {userName} est déjà utilisée par un compte. Connectez-vous, ou choisissez une autre adresse.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"« {email} » n’est pas une adresse e-mail valide.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"« {userName} » n’est pas une adresse e-mail valide.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Le mot de passe doit compter au moins {length} caractères.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre (0-9).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une lettre minuscule (a-z).");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une lettre majuscule (A-Z).");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "Mot de passe incorrect.");

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "Ce lien n’est plus valable.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Ce compte a déjà le rôle {role}.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Le compte a été modifié entre-temps : réessayez.");

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Une erreur inattendue s’est produite : réessayez.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
