using Course.Web.Components.DockerCoins.Probes;

namespace Course.Tests.DockerCoins.Probes;

/// <summary>The bottleneck named from recorded series: workers 1 → 10 against a one-at-a-time rng, a flat hasher, a threaded rng.</summary>
public sealed class BottleneckDetectorTests
{
    // Recorded with the workshop's behaviour: each step adds a worker; rng queues them, hasher serves them in parallel.
    private static readonly int[] Workers = [1, 1, 1, 2, 2, 2, 5, 5, 5, 10, 10, 10];
    private static readonly double[] OneAtATimeRng = [0.10, 0.11, 0.10, 0.19, 0.21, 0.20, 0.48, 0.52, 0.50, 0.95, 1.00, 0.98];
    private static readonly double[] ThreadedRng = [0.10, 0.11, 0.10, 0.10, 0.12, 0.10, 0.11, 0.10, 0.12, 0.11, 0.10, 0.13];
    private static readonly double[] FlatHasher = [0.10, 0.10, 0.11, 0.10, 0.11, 0.10, 0.10, 0.12, 0.10, 0.11, 0.10, 0.10];

    [Fact]
    public void A_one_at_a_time_rng_is_named_with_its_latencies_and_the_daemonset_fix()
    {
        var hint = BottleneckDetector.Detect(Series(OneAtATimeRng, FlatHasher));

        Assert.NotNull(hint);
        Assert.Equal(DockerCoinsService.Rng, hint.Service);
        Assert.Equal("rng : 0,10 s → 0,98 s quand worker passe de 1 à 10 : rng sert une requête à la fois", hint.Finding);
        Assert.Contains("DaemonSet", hint.Fix);
        Assert.Equal("kubectl apply -f rng-daemonset.yaml", hint.Command);
    }

    [Fact]
    public void A_threaded_rng_and_a_flat_hasher_get_no_hint()
    {
        Assert.Null(BottleneckDetector.Detect(Series(ThreadedRng, FlatHasher)));
    }

    [Fact]
    public void A_hasher_that_queues_is_named_instead_with_more_replicas()
    {
        var hint = BottleneckDetector.Detect(Series(ThreadedRng, OneAtATimeRng));

        Assert.NotNull(hint);
        Assert.Equal(DockerCoinsService.Hasher, hint.Service);
        Assert.Equal("kubectl scale deployment hasher --replicas=3", hint.Command);
    }

    [Fact]
    public void One_worker_count_or_too_few_samples_name_nothing()
    {
        var oneCount = Enumerable.Range(0, 10).Select(i => new WorkerLatency(4, TimeSpan.FromSeconds(0.1 * (i + 1)))).ToList();
        var twoSamplesAtTen = new List<WorkerLatency>
        {
            new(1, TimeSpan.FromSeconds(0.1)), new(1, TimeSpan.FromSeconds(0.1)), new(1, TimeSpan.FromSeconds(0.1)),
            new(10, TimeSpan.FromSeconds(1)), new(10, TimeSpan.FromSeconds(1)),
        };

        Assert.Null(BottleneckDetector.Detect(new Dictionary<DockerCoinsService, IReadOnlyList<WorkerLatency>> { [DockerCoinsService.Rng] = oneCount }));
        Assert.Null(BottleneckDetector.Detect(new Dictionary<DockerCoinsService, IReadOnlyList<WorkerLatency>> { [DockerCoinsService.Rng] = twoSamplesAtTen }));
    }

    [Fact]
    public void Doubling_on_loopback_milliseconds_is_no_bottleneck()
    {
        var tiny = Workers.Select(w => new WorkerLatency(w, TimeSpan.FromMilliseconds(2 * w))).ToList();

        Assert.Null(BottleneckDetector.Detect(new Dictionary<DockerCoinsService, IReadOnlyList<WorkerLatency>> { [DockerCoinsService.Rng] = tiny }));
    }

    private static Dictionary<DockerCoinsService, IReadOnlyList<WorkerLatency>> Series(double[] rng, double[] hasher) => new()
    {
        [DockerCoinsService.Rng] = Recorded(rng),
        [DockerCoinsService.Hasher] = Recorded(hasher),
    };

    private static List<WorkerLatency> Recorded(double[] seconds) =>
        [.. Workers.Zip(seconds, (w, s) => new WorkerLatency(w, TimeSpan.FromSeconds(s)))];
}
