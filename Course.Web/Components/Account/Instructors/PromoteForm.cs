namespace Course.Web.Components.Account.Instructors;

/// <summary>The promotion form as posted.</summary>
internal sealed class PromoteForm
{
    public string? Email { get; set; }
}
