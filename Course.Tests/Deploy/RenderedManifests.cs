using Course.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace Course.Tests.Deploy;

/// <summary>
/// A kustomization rendered by the machine's <c>kubectl kustomize</c> and parsed into KubernetesClient's typed models
/// (an unknown kind or a misspelt field fails the parse), with the lookups the manifest tests need.
/// </summary>
internal sealed class RenderedManifests(IReadOnlyList<object> objects)
{
    public IReadOnlyList<object> Objects { get; } = objects;

    // kubectl takes seconds per render on a busy machine: each kustomization is rendered once per test run.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<RenderedManifests>>> _rendered = new();

    public static Task<RenderedManifests> RenderAsync(string kustomization) =>
        _rendered.GetOrAdd(kustomization, k => new Lazy<Task<RenderedManifests>>(() => RenderOnceAsync(k))).Value;

    private static async Task<RenderedManifests> RenderOnceAsync(string kustomization)
    {
        var path = Path.Combine(RepositoryPaths.Root, "deploy", "kubernetes", kustomization);
        string yaml;
        try
        {
            yaml = await ExternalCommand.RunAsync("kubectl", ["kustomize", path], TimeSpan.FromMinutes(1));
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                "kubectl is not on PATH: install it (https://kubernetes.io/docs/tasks/tools/) to render the manifests.", exception);
        }

        return Parse(yaml);
    }

    /// <summary>Manifests given as YAML text (several documents), parsed strictly.</summary>
    public static RenderedManifests Parse(string yaml) => new(KubernetesYaml.LoadAllFromString(yaml, strict: true));

    public IEnumerable<T> OfKind<T>() => Objects.OfType<T>();

    public T Single<T>(string name) where T : IMetadata<V1ObjectMeta> =>
        OfKind<T>().Single(o => o.Metadata.Name == name);

    /// <summary>Every pod template with its owner's kind, name and namespace.</summary>
    public IEnumerable<(string Owner, string? Namespace, V1PodTemplateSpec Template)> PodTemplates() =>
        OfKind<V1Deployment>().Select(d => ($"Deployment/{d.Metadata.Name}", (string?)d.Metadata.NamespaceProperty, d.Spec.Template))
            .Concat(OfKind<V1StatefulSet>().Select(s => ($"StatefulSet/{s.Metadata.Name}", (string?)s.Metadata.NamespaceProperty, s.Spec.Template)));

    /// <summary>Pod templates in <paramref name="ns"/> whose labels carry every pair of <paramref name="selector"/>.</summary>
    public IEnumerable<V1PodTemplateSpec> Selected(string? ns, IDictionary<string, string>? selector) =>
        PodTemplates()
            .Where(p => p.Namespace == ns && selector is { Count: > 0 } && Matches(selector, p.Template.Metadata.Labels))
            .Select(p => p.Template);

    public static bool Matches(IDictionary<string, string> selector, IDictionary<string, string>? labels) =>
        labels is not null && selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);

    /// <summary>True when <paramref name="port"/> (a number or a port name) is one of the container's ports.</summary>
    public static bool HasPort(V1Container container, IntOrString port) =>
        container.Ports?.Any(p => p.Name == port.Value || p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == port.Value) == true;

    /// <summary>(API group, resource, verb) triples granted to a service account through the rendered bindings.</summary>
    public ISet<(string Group, string Resource, string Verb)> GrantsOf(string ns, string serviceAccount)
    {
        bool Binds(IList<Rbacv1Subject>? subjects, string? bindingNamespace) => subjects?.Any(s =>
            s.Kind == "ServiceAccount" && s.Name == serviceAccount && (s.NamespaceProperty ?? bindingNamespace) == ns) == true;

        var roles = OfKind<V1ClusterRoleBinding>().Where(b => Binds(b.Subjects, null))
            .Select(b => Assert.Single(OfKind<V1ClusterRole>(), r => r.Metadata.Name == b.RoleRef.Name).Rules)
            .Concat(OfKind<V1RoleBinding>().Where(b => Binds(b.Subjects, b.Metadata.NamespaceProperty))
                .Select(b => b.RoleRef.Kind == "ClusterRole"
                    ? Assert.Single(OfKind<V1ClusterRole>(), r => r.Metadata.Name == b.RoleRef.Name).Rules
                    : Assert.Single(OfKind<V1Role>(), r => r.Metadata.Name == b.RoleRef.Name && r.Metadata.NamespaceProperty == ns).Rules));
        return roles.SelectMany(rules => rules)
            .SelectMany(rule => rule.ApiGroups.SelectMany(group => rule.Resources.SelectMany(resource =>
                rule.Verbs.Select(verb => (group, resource, verb)))))
            .ToHashSet();
    }
}
