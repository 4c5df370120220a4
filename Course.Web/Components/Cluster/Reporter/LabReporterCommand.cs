using System.Net.Http.Json;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Cluster.Watching;
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
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
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
        using var client = new Kubernetes(configuration);
        using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        try
        {
            RunAsync(client, http, @namespace, TimeProvider.System, Console.Error, stop.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        return 0;
    }

    public static async Task RunAsync(IKubernetes client, HttpClient site, string @namespace, TimeProvider time, TextWriter log, CancellationToken stoppingToken)
    {
        var cache = new ClusterWatchCache(client, @namespace, time);
        var pusher = new LabPusher(site, time, log);
        using var heartbeat = new PeriodicTimer(Heartbeat, time);
        var beats = Task.Run(async () =>
        {
            while (await heartbeat.WaitForNextTickAsync(stoppingToken))
            {
                await pusher.HeartbeatAsync(stoppingToken);
            }
        }, stoppingToken);
        await cache.RunAsync(LabOrigin.Reporter, MinInterval, state => pusher.PushAsync(state, stoppingToken), stoppingToken);
        await beats.ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
