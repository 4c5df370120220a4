using Course.Tests.Infrastructure;

namespace Course.Tests.Account;

/// <summary>The same flows on a real PostgreSQL: its migrations, its cascading deletes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AccountFlowsPostgresTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task A_student_signs_up_signs_out_signs_in_and_deletes_the_account_on_Postgres()
    {
        var connectionString = await postgres.CreateDatabaseAsync("accounts_flows");
        await using var site = new InMemorySiteFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Course", connectionString);
        using var client = await AccountFlows.SignUpAsync(site, "dominique@example.org", "Dominique Dupont");
        await AccountFlows.SignOutAndInAsync(site, client, "dominique@example.org");
        await AccountFlows.DeleteAsync(site, client, "dominique@example.org");
    }
}
