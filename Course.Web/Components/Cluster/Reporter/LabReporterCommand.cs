using System.Net.Http.Json;
using System.Runtime.InteropServices;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Cluster.Watching;
using Course.Web.Components.DockerCoins.Students;
using k8s;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// <c>dotnet Course.Web.dll report</c>: the lab reporter, run in a student's cluster by the manifest of "Mon cluster".
/// It watches the cluster with the read-only service account (or <c>KUBECONFIG</c> outside a pod) and pushes to
/// <c>LAB_SITE_URL</c> with <c>LAB_TOKEN</c>: each change (at most every 2 s) and a heartbeat every 15 s. Outbound
/// HTTP(S) only, so it works behind NAT. It builds none of the site's services.
/// </summary>
internal static class LabReporterCommand
{
    public const string Name = "report";
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Runs until Ctrl-C or SIGTERM; returns the process exit code. Synchronous, as the site's other commands.</summary>
    public static int Run(string[] args)
    {
        using var stop = new CancellationTokenSource();
        // A pod is stopped with SIGTERM: cancel and let Run return, so the reporter ends with exit code 0 instead of
        // the runtime's default termination. Declared after `stop`, so they are unregistered before it is disposed
        // (a ProcessExit handler left behind used to cancel a disposed source and crash on every exit).
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => StopOn(context, stop));
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => StopOn(context, stop));
        var site = Environment.GetEnvironmentVariable("LAB_SITE_URL");
        var token = Environment.GetEnvironmentVariable("LAB_TOKEN");
        if (string.IsNullOrWhiteSpace(site) || string.IsNullOrWhiteSpace(token) || !Uri.TryCreate(site.TrimEnd('/') + "/", UriKind.Absolute, out var root))
        {
            Console.Error.WriteLine("LAB_SITE_URL (adresse du site) et LAB_TOKEN (jeton) sont obligatoires. / LAB_SITE_URL and LAB_TOKEN are required.");
            return 2;
        }

        var kubeconfig = Environment.GetEnvironmentVariable("KUBECONFIG");
        var configuration = KubernetesClientConfiguration.IsInCluster() && string.IsNullOrEmpty(kubeconfig)
            ? KubernetesClientConfiguration.InClusterConfig()
            : KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig);
        configuration.HttpClientTimeout = Timeout.InfiniteTimeSpan;
        var @namespace = Environment.GetEnvironmentVariable("LAB_NAMESPACE") ?? "default";
        var dockerCoinsOptions = ReporterDockerCoins.Options(@namespace, Environment.GetEnvironmentVariable);
        if (ReporterDockerCoins.Problems(dockerCoinsOptions) is { Count: > 0 } problems)
        {
            Console.Error.WriteLine($"DockerCoins : {string.Join(" ", problems)}");
            return 2;
        }

        var dockerCoins = ReporterDockerCoins.Build(dockerCoinsOptions, TimeProvider.System);
        using var client = new Kubernetes(configuration);
        using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        try
        {
            var sampler = dockerCoins.GetRequiredService<DockerCoinsSampler>();
            RunAsync(client, http, @namespace, TimeProvider.System, Console.Error, sampler, stop.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            // The Redis connection is only asynchronously disposable.
            dockerCoins.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return 0;
    }

    private static void StopOn(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true;
        stop.Cancel();
    }

    /// <summary>Watches and pushes until <paramref name="stoppingToken"/>; with a sampler, the student's DockerCoins too.</summary>
    public static async Task RunAsync(
        IKubernetes client, HttpClient site, string @namespace, TimeProvider time, TextWriter log, DockerCoinsSampler? dockerCoins, CancellationToken stoppingToken)
    {
        var cache = new ClusterWatchCache(client, @namespace, time);
        using var pusher = new LabPusher(site, time, log);
        var measurements = dockerCoins is null ? Task.CompletedTask : RunDockerCoinsAsync(dockerCoins, pusher, time, stoppingToken);
        using var heartbeat = new PeriodicTimer(Heartbeat, time);
        var beats = Task.Run(async () =>
        {
            while (await heartbeat.WaitForNextTickAsync(stoppingToken))
            {
                await pusher.HeartbeatAsync(stoppingToken);
            }
        }, stoppingToken);
        await cache.RunAsync(LabOrigin.Reporter, MinInterval, state =>
        {
            // The bottleneck hint pairs each probe with the worker count running at that moment.
            if (dockerCoins is not null && state.Snapshot is { } snapshot)
            {
                dockerCoins.Workers = snapshot.Workloads.FirstOrDefault(w => w.Name == "worker")?.Ready;
            }

            return pusher.PushAsync(state, stoppingToken);
        }, stoppingToken);
        await beats.ContinueWith(_ => { }, TaskScheduler.Default);
        await measurements.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    // Measurements go out every 2 s while DockerCoins answers, else with the heartbeat (every 15 s).
    private static async Task RunDockerCoinsAsync(DockerCoinsSampler sampler, LabPusher pusher, TimeProvider time, CancellationToken stoppingToken)
    {
        var sampling = sampler.RunAsync(MinInterval, stoppingToken);
        using var timer = new PeriodicTimer(MinInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await pusher.PushDockerCoinsAsync(sampler, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await sampling;
    }
}
