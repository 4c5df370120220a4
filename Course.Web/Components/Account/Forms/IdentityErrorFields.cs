using Microsoft.AspNetCore.Identity;

namespace Course.Web.Components.Account.Forms;

/// <summary>Puts each of Identity's errors beside the field it is about.</summary>
internal static class IdentityErrorFields
{
    public static void AddTo(this IEnumerable<IdentityError> errors, FormErrors form, string emailField, string passwordField, string otherField)
    {
        foreach (var error in errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailField,
                _ => otherField,
            };
            form.Add(field, error.Description);
        }
    }
}
