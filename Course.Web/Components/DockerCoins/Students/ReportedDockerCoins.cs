using System.Collections.Concurrent;
using Course.Web.Components.Cluster;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// Each student's own DockerCoins, as their lab reporter pushes it, kept in memory beside the reported labs (a restart
/// waits for the next push, 2 s while DockerCoins answers). Separate from the lab store: only the push endpoint feeds both.
/// </summary>
internal sealed class ReportedDockerCoins(TimeProvider time, IOptions<DockerCoinsOptions> options, ILogger<ReportedDockerCoins> logger)
{
    private readonly ConcurrentDictionary<string, StudentDockerCoins> _students = new();

    public void Accept(string userId, DockerCoinsReport report) =>
        _students.GetOrAdd(userId, _ => new StudentDockerCoins(options.Value, logger)).Accept(report, time.GetUtcNow());

    public StudentDockerCoins? Find(string userId) => _students.GetValueOrDefault(userId);

    /// <summary>The student's DockerCoins while their reporter keeps pushing it, else null (the page shows the site's own).</summary>
    public StudentDockerCoins? Connected(string? userId) =>
        userId is not null && Find(userId) is { } student && time.GetUtcNow() - student.LastContact <= LabFreshness.StaleAfter
            ? student
            : null;

    public void Forget(string userId) => _students.TryRemove(userId, out _);
}
