using System.Globalization;
using System.Net;
using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Course.Tests.Infrastructure.Kubernetes;

/// <summary>
/// An in-process Kubernetes API server on a free loopback port (no API server can run on these machines). It speaks
/// the real API for nodes, pods, services, deployments and daemonsets: lists with a resourceVersion, <c>?watch=true</c>
/// streams of ADDED, MODIFIED, DELETED, BOOKMARK and ERROR events, and the deployments' scale subresource. Tests turn
/// on faults: a 410 Gone ERROR event, watch connections cut mid-stream, 401 and 403 Status answers, connections
/// refused, malformed objects. The real KubernetesClient, unmodified, talks to it (<see cref="ClientConfiguration"/>).
/// </summary>
public sealed partial class FakeKubernetesApi : IAsyncDisposable
{
    internal const string GoneEvent =
        """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version","reason":"Expired","code":410}}""";

    private readonly Dictionary<string, FakeResourceSet> _resources;
    private readonly HashSet<(string Verb, string Resource)> _forbidden = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _scaleWrites = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Token, string Verb, string Resource)> _requests = new();
    private WebApplication? _app;
    private long _version = 100;

    public FakeKubernetesApi()
    {
        FakeResourceSet Set(string group, string plural, string kind, bool namespaced, Func<IEnumerable<object>, string, object> list) =>
            new(this, group, plural, kind, namespaced, list);
        Nodes = Set("", "nodes", "Node", false, (items, rv) => new V1NodeList { Items = items.Cast<V1Node>().ToList(), ApiVersion = "v1", Kind = "NodeList", Metadata = new V1ListMeta { ResourceVersion = rv } });
        Pods = Set("", "pods", "Pod", true, (items, rv) => new V1PodList { Items = items.Cast<V1Pod>().ToList(), ApiVersion = "v1", Kind = "PodList", Metadata = new V1ListMeta { ResourceVersion = rv } });
        Services = Set("", "services", "Service", true, (items, rv) => new V1ServiceList { Items = items.Cast<V1Service>().ToList(), ApiVersion = "v1", Kind = "ServiceList", Metadata = new V1ListMeta { ResourceVersion = rv } });
        Deployments = Set("apps", "deployments", "Deployment", true, (items, rv) => new V1DeploymentList { Items = items.Cast<V1Deployment>().ToList(), ApiVersion = "apps/v1", Kind = "DeploymentList", Metadata = new V1ListMeta { ResourceVersion = rv } });
        DaemonSets = Set("apps", "daemonsets", "DaemonSet", true, (items, rv) => new V1DaemonSetList { Items = items.Cast<V1DaemonSet>().ToList(), ApiVersion = "apps/v1", Kind = "DaemonSetList", Metadata = new V1ListMeta { ResourceVersion = rv } });
        _resources = new[] { Nodes, Pods, Services, Deployments, DaemonSets }.ToDictionary(r => r.Plural);
    }

    public FakeResourceSet Nodes { get; }

    public FakeResourceSet Pods { get; }

    public FakeResourceSet Services { get; }

    public FakeResourceSet Deployments { get; }

    public FakeResourceSet DaemonSets { get; }

    public IEnumerable<FakeResourceSet> Resources => _resources.Values;

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>When set, every request gets 401 Unauthorized (an expired or wrong token).</summary>
    public bool Unauthorized { get; set; }

    /// <summary>When set, every connection is cut before an answer, as an unreachable API server would look.</summary>
    public bool Unreachable { get; set; }

    internal Lock Gate { get; } = new();

    internal long Version => Interlocked.Read(ref _version);

    internal long CompactedBelow { get; private set; }

    public static async Task<FakeKubernetesApi> StartAsync()
    {
        var api = new FakeKubernetesApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        api._app = builder.Build();
        api._app.Run(api.HandleAsync);
        await api._app.StartAsync();
        var address = api._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        api.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return api;
    }

    /// <summary>The client configuration a kubeconfig for this server would give (no timeout of its own).</summary>
    public KubernetesClientConfiguration ClientConfiguration() => new() { Host = BaseUri.ToString().TrimEnd('/'), AccessToken = "fake-token" };

    /// <summary>
    /// Writes a kubeconfig file for this server, with <paramref name="context"/> as its current context; a
    /// <paramref name="token"/> of its own tells this client's requests from others' (<see cref="Requests"/>).
    /// </summary>
    public string WriteKubeConfig(string directory, string context = "fake", string token = "fake-token")
    {
        var path = Path.Combine(directory, $"kubeconfig-{context}");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: {context}
              cluster:
                server: {BaseUri.ToString().TrimEnd('/')}
            users:
            - name: {context}
              user:
                token: {token}
            contexts:
            - name: {context}
              context:
                cluster: {context}
                user: {context}
            current-context: {context}
            """);
        return path;
    }

    /// <summary>Answers 403 Forbidden to <paramref name="verb"/> (list, watch, get, patch, update) on <paramref name="resource"/>.</summary>
    public void Forbid(string verb, string resource)
    {
        lock (Gate)
        {
            _forbidden.Add((verb, resource));
        }
    }

    public void AllowEverything()
    {
        lock (Gate)
        {
            _forbidden.Clear();
        }
    }

    /// <summary>Sends a 410 Gone ERROR event on every open watch and forgets the history before now (etcd compaction).</summary>
    public void ExpireWatches()
    {
        lock (Gate)
        {
            CompactedBelow = Version;
            foreach (var resource in _resources.Values)
            {
                resource.EndWatches(gone: true);
            }
        }
    }

    /// <summary>Cuts every open watch connection mid-stream, without a closing event.</summary>
    public void DropWatches()
    {
        foreach (var resource in _resources.Values)
        {
            resource.EndWatches(gone: false);
        }
    }

    public int OpenWatches => _resources.Values.Sum(r => r.OpenWatches);

    public int ListRequests => _resources.Values.Sum(r => r.ListRequests);

    /// <summary>Each accepted write on a deployment's scale subresource, as "PATCH default/worker 3", oldest first.</summary>
    public IReadOnlyList<string> ScaleWrites => _scaleWrites.ToList();

    internal void RecordScaleWrite(string method, string? @namespace, string name, int replicas) =>
        _scaleWrites.Enqueue($"{method} {@namespace}/{name} {replicas.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The list and watch requests sent with bearer <paramref name="token"/>, as (verb, resource) pairs.</summary>
    public IReadOnlyList<(string Verb, string Resource)> Requests(string token) =>
        _requests.Where(r => r.Token == token).Select(r => (r.Verb, r.Resource)).ToList();

    internal long NextVersion() => Interlocked.Increment(ref _version);

    public async ValueTask DisposeAsync()
    {
        DropWatches();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private bool IsForbidden(string verb, string resource)
    {
        lock (Gate)
        {
            return _forbidden.Contains((verb, resource));
        }
    }

}
