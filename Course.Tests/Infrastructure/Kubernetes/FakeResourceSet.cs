using System.Threading.Channels;
using k8s;
using k8s.Models;

namespace Course.Tests.Infrastructure.Kubernetes;

/// <summary>
/// One resource type of the fake API server (nodes, pods...): its objects, its event history for watches that
/// resume from a resourceVersion, and its open watch streams. Objects are stored as KubernetesClient model types
/// and written with <see cref="KubernetesJson"/>, so the client reads exactly what a real API server would send.
/// </summary>
public sealed class FakeResourceSet
{
    private readonly FakeKubernetesApi _api;
    private readonly Func<IEnumerable<object>, string, object> _list;
    private readonly Dictionary<(string? Namespace, string Name), IKubernetesObject<V1ObjectMeta>> _objects = [];
    private readonly List<(long Version, string? Namespace, string Line)> _history = [];
    private readonly List<FakeWatch> _watches = [];

    internal FakeResourceSet(FakeKubernetesApi api, string group, string plural, string kind, bool namespaced, Func<IEnumerable<object>, string, object> list)
    {
        _api = api;
        Group = group;
        Plural = plural;
        Kind = kind;
        Namespaced = namespaced;
        _list = list;
    }

    public string Group { get; }

    public string Plural { get; }

    public string Kind { get; }

    public bool Namespaced { get; }

    /// <summary>How many list (not watch) requests this resource answered.</summary>
    public int ListRequests { get; internal set; }

    /// <summary>How many watch requests this resource accepted.</summary>
    public int WatchRequests { get; internal set; }

    public int OpenWatches
    {
        get
        {
            lock (_api.Gate)
            {
                return _watches.Count;
            }
        }
    }

    /// <summary>Creates or replaces the object (a copy), as <c>kubectl apply</c> would, and tells every watch.</summary>
    public void Apply(IKubernetesObject<V1ObjectMeta> item)
    {
        var copy = Copy(item);
        lock (_api.Gate)
        {
            var key = (copy.Metadata.NamespaceProperty, copy.Metadata.Name);
            var existed = _objects.TryGetValue(key, out var previous);
            copy.Metadata.Uid = previous?.Metadata.Uid ?? Guid.NewGuid().ToString();
            copy.Metadata.CreationTimestamp ??= previous?.Metadata.CreationTimestamp ?? DateTime.UtcNow;
            copy.Metadata.ResourceVersion = _api.NextVersion().ToString(System.Globalization.CultureInfo.InvariantCulture);
            _objects[key] = copy;
            Publish(existed ? WatchEventType.Modified : WatchEventType.Added, copy);
        }
    }

    /// <summary>Changes a stored object in place (a copy of it), as a controller would, and tells every watch.</summary>
    public void Update<T>(string? @namespace, string name, Action<T> change)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        T copy;
        lock (_api.Gate)
        {
            copy = (T)Copy(Get(@namespace, name) ?? throw new InvalidOperationException($"No {Plural} {@namespace}/{name}."));
        }

        change(copy);
        Apply(copy);
    }

    /// <summary>The stored objects (copies), to feed code that takes model objects directly.</summary>
    public IReadOnlyList<T> Items<T>()
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        lock (_api.Gate)
        {
            return _objects.Values.Cast<T>().Select(o => (T)Copy(o)).ToList();
        }
    }

    public IKubernetesObject<V1ObjectMeta>? Get(string? @namespace, string name)
    {
        lock (_api.Gate)
        {
            return _objects.GetValueOrDefault((Namespaced ? @namespace : null, name));
        }
    }

    public void Delete(string? @namespace, string name)
    {
        lock (_api.Gate)
        {
            if (_objects.Remove((Namespaced ? @namespace : null, name), out var removed))
            {
                removed.Metadata.ResourceVersion = _api.NextVersion().ToString(System.Globalization.CultureInfo.InvariantCulture);
                Publish(WatchEventType.Deleted, removed);
            }
        }
    }

    /// <summary>Sends a raw event line (e.g. a malformed object) to every open watch.</summary>
    public void SendRaw(string line)
    {
        lock (_api.Gate)
        {
            foreach (var watch in _watches)
            {
                watch.Lines.Writer.TryWrite(line);
            }
        }
    }

    /// <summary>A BOOKMARK event at the current resourceVersion to every watch that allowed bookmarks.</summary>
    public void SendBookmark()
    {
        lock (_api.Gate)
        {
            var line = Event("BOOKMARK", $"{{\"kind\":\"{Kind}\",\"apiVersion\":\"{ApiVersion}\",\"metadata\":{{\"resourceVersion\":\"{_api.Version}\"}}}}");
            foreach (var watch in _watches.Where(w => w.Bookmarks))
            {
                watch.Lines.Writer.TryWrite(line);
            }
        }
    }

    internal string ApiVersion => Group.Length == 0 ? "v1" : $"{Group}/v1";

    internal string ListJson(string? @namespace)
    {
        lock (_api.Gate)
        {
            ListRequests++;
            var items = _objects.Values.Where(o => @namespace is null || o.Metadata.NamespaceProperty == @namespace).Cast<object>().ToList();
            return KubernetesJson.Serialize(_list(items, _api.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Opens a watch from <paramref name="fromVersion"/>: past events newer than it, then live ones.</summary>
    internal FakeWatch OpenWatch(string? @namespace, long fromVersion, bool bookmarks)
    {
        lock (_api.Gate)
        {
            WatchRequests++;
            var watch = new FakeWatch(@namespace, bookmarks);
            if (fromVersion < _api.CompactedBelow)
            {
                watch.Lines.Writer.TryWrite(FakeKubernetesApi.GoneEvent);
                watch.Lines.Writer.TryComplete();
                return watch;
            }

            foreach (var (version, ns, line) in _history)
            {
                if (version > fromVersion && (@namespace is null || ns == @namespace))
                {
                    watch.Lines.Writer.TryWrite(line);
                }
            }

            _watches.Add(watch);
            return watch;
        }
    }

    internal void CloseWatch(FakeWatch watch)
    {
        lock (_api.Gate)
        {
            _watches.Remove(watch);
        }
    }

    /// <summary>Ends every open watch: with a 410 Gone ERROR event, or by cutting the connection.</summary>
    internal void EndWatches(bool gone)
    {
        lock (_api.Gate)
        {
            foreach (var watch in _watches)
            {
                if (gone)
                {
                    watch.Lines.Writer.TryWrite(FakeKubernetesApi.GoneEvent);
                    watch.Lines.Writer.TryComplete();
                }
                else
                {
                    watch.Abort();
                }
            }

            _watches.Clear();
            if (gone)
            {
                _history.Clear();
            }
        }
    }

    private void Publish(WatchEventType type, IKubernetesObject<V1ObjectMeta> item)
    {
        var line = Event(type.ToString().ToUpperInvariant(), KubernetesJson.Serialize(item));
        _history.Add((long.Parse(item.Metadata.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture), item.Metadata.NamespaceProperty, line));
        foreach (var watch in _watches.Where(w => w.Namespace is null || w.Namespace == item.Metadata.NamespaceProperty))
        {
            watch.Lines.Writer.TryWrite(line);
        }
    }

    private static string Event(string type, string objectJson) => $"{{\"type\":\"{type}\",\"object\":{objectJson}}}";

    private IKubernetesObject<V1ObjectMeta> Copy(IKubernetesObject<V1ObjectMeta> item)
    {
        item.ApiVersion ??= ApiVersion;
        item.Kind ??= Kind;
        var json = KubernetesJson.Serialize(item);
        return item switch
        {
            V1Node => KubernetesJson.Deserialize<V1Node>(json),
            V1Pod => KubernetesJson.Deserialize<V1Pod>(json),
            V1Service => KubernetesJson.Deserialize<V1Service>(json),
            V1Deployment => KubernetesJson.Deserialize<V1Deployment>(json),
            V1DaemonSet => KubernetesJson.Deserialize<V1DaemonSet>(json),
            _ => throw new NotSupportedException(item.GetType().Name),
        };
    }
}

/// <summary>One open watch stream: the event lines still to write, and a way to cut its connection.</summary>
internal sealed class FakeWatch(string? @namespace, bool bookmarks)
{
    private readonly CancellationTokenSource _abort = new();

    public string? Namespace { get; } = @namespace;

    public bool Bookmarks { get; } = bookmarks;

    public Channel<string> Lines { get; } = Channel.CreateUnbounded<string>();

    public CancellationToken Aborted => _abort.Token;

    public void Abort() => _abort.Cancel();
}
