namespace Course.Web.Components.Account.PersonalData;

/// <summary>The account-deletion form as posted: the password, to confirm.</summary>
internal sealed class DeleteAccountForm
{
    public string? Password { get; set; }
}
