using System.Net;
using System.Net.Sockets;
using Course.Tests.Infrastructure;
using Course.Tests.Site;
using Npgsql;

namespace Course.Tests.Data;

/// <summary>
/// A pod whose PostgreSQL cannot be reached must not start serving pages it cannot save answers for: the start stops,
/// with Npgsql's reason (the address it tried), from the first plain connection of the start path.
/// </summary>
[Collection(StartupFailureCollection.Name)]
public sealed class UnreachableDatabaseStartupTests
{
    [Fact]
    public void The_start_stops_with_the_reason_when_PostgreSQL_cannot_be_reached()
    {
        var port = ClosedPort();
        using var site = new InMemorySiteFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:Course", $"Host=127.0.0.1;Port={port};Username=course;Database=course;Timeout=3");

        var exception = Record.Exception(() => site.CreateClient());

        var failure = Assert.IsType<NpgsqlException>(Unwrap(exception));
        Assert.Contains($"127.0.0.1:{port}", failure.Message);
    }

    // A port that was just free: nothing listens on it, so a connection is refused at once.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Exception? Unwrap(Exception? exception)
    {
        while (exception is AggregateException { InnerException: not null } aggregate)
        {
            exception = aggregate.InnerException;
        }

        return exception;
    }
}
