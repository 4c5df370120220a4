namespace Course.Web.Components.Account.PersonalData;

/// <summary>What happened to a request to delete one's own account.</summary>
internal enum AccountDeletionOutcome
{
    Deleted,
    WrongPassword,

    /// <summary>The account owns cohorts: their history belongs to the class, so it is kept (see docs/accounts.md).</summary>
    OwnsCohorts,
    NotFound,
}
