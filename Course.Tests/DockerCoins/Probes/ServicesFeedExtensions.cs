using Course.Web.Components.DockerCoins.Probes;

namespace Course.Tests.DockerCoins.Probes;

internal static class ServicesFeedExtensions
{
    /// <summary>Waits for the first pushed snapshot that satisfies <paramref name="condition"/>; a timeout names the last one seen.</summary>
    public static async Task<ServicesSnapshot> WaitForAsync(this IServiceHealthFeed feed, Func<ServicesSnapshot, bool> condition, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<ServicesSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = feed.Subscribe(snapshot =>
        {
            if (condition(snapshot))
            {
                found.TrySetResult(snapshot);
            }

            return Task.CompletedTask;
        });
        if (feed.Current is { } current && condition(current))
        {
            return current;
        }

        try
        {
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            var last = feed.Current;
            var services = last is null ? "none" : string.Join("; ", last.Services.Select(s => $"{s.Service} {s.Status} p95 {s.P95} error {s.LastError}"));
            throw new TimeoutException($"No matching services snapshot within {timeout.TotalSeconds:0.#} s; last: {services}; hint {last?.Bottleneck?.Finding}.");
        }
    }

    public static ServiceHealth Get(this ServicesSnapshot snapshot, DockerCoinsService service) =>
        snapshot.Services.Single(s => s.Service == service);

    public static bool Is(this ServicesSnapshot snapshot, DockerCoinsService service, ServiceStatus status) =>
        snapshot.Get(service).Status == status;
}
