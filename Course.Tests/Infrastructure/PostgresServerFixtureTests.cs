using Npgsql;

namespace Course.Tests.Infrastructure;

[Collection(PostgresCollection.Name)]
public sealed class PostgresServerFixtureTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task Server_answers_select_version_over_tcp_on_loopback()
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version()", connection);

        var version = (string?)await command.ExecuteScalarAsync();

        Assert.StartsWith("PostgreSQL ", version);
        Assert.Equal("127.0.0.1", connection.Host);
        Assert.Equal(postgres.Port, connection.Port);
    }

    [Fact]
    public async Task A_created_database_keeps_rows_across_connections()
    {
        var connectionString = await postgres.CreateDatabaseAsync("fixture_roundtrip");

        await using (var writer = new NpgsqlConnection(connectionString))
        {
            await writer.OpenAsync();
            await using var command = new NpgsqlCommand(
                "create table chapters (slug text primary key, title text); insert into chapters values ('architecture-noeuds', 'Les nœuds')",
                writer);
            await command.ExecuteNonQueryAsync();
        }

        await using var reader = new NpgsqlConnection(connectionString);
        await reader.OpenAsync();
        await using var query = new NpgsqlCommand("select title from chapters where slug = 'architecture-noeuds'", reader);
        Assert.Equal("Les nœuds", (string?)await query.ExecuteScalarAsync());
    }
}
