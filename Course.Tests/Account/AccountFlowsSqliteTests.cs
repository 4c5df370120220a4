using Course.Tests.Infrastructure;

namespace Course.Tests.Account;

/// <summary>Sign-up, sign-out, sign-in and deletion through the forms on the embedded SQLite database.</summary>
public sealed class AccountFlowsSqliteTests
{
    [Fact]
    public async Task A_student_signs_up_signs_out_signs_in_and_deletes_the_account()
    {
        await using var site = new InMemorySiteFactory();
        using var client = await AccountFlows.SignUpAsync(site, "camille@example.org", "Camille Martin");
        await AccountFlows.SignOutAndInAsync(site, client, "camille@example.org");
        await AccountFlows.DeleteAsync(site, client, "camille@example.org");
    }
}
