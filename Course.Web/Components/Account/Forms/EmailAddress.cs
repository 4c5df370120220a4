using System.Net.Mail;

namespace Course.Web.Components.Account.Forms;

/// <summary>Checks the e-mail addresses typed in the account forms, with French messages.</summary>
internal static class EmailAddress
{
    public const int MaxLength = 256;

    /// <summary>The French reason <paramref name="email"/> (already trimmed) cannot be an account's address; null when it can.</summary>
    public static string? Problem(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return "Saisissez votre adresse e-mail.";
        }

        if (email.Length > MaxLength)
        {
            return $"L’adresse e-mail ne peut pas dépasser {MaxLength} caractères.";
        }

        // MailAddress accepts "Name <a@b>" forms; the address alone must be what was typed.
        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && email.Contains('@')
            ? null
            : $"« {email} » n’est pas une adresse e-mail valide (exemple : prenom.nom@exemple.fr).";
    }

    public static string Normalize(string? email) => (email ?? "").Trim();
}
