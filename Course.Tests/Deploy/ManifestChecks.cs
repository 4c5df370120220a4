using k8s.Models;

namespace Course.Tests.Deploy;

/// <summary>
/// The checks every manifest the project ships goes through, whoever renders it (kubectl for the overlays, the site
/// for the lab reporter's YAML): references resolve, and pods run hardened within their resources.
/// </summary>
internal static class ManifestChecks
{
    /// <summary>Selectors match labels; Services, probes, PDBs, Ingresses, ConfigMaps and Secrets point at something.</summary>
    public static void ReferencesResolve(RenderedManifests manifests)
    {
        foreach (var deployment in manifests.OfKind<V1Deployment>())
        {
            Assert.True(RenderedManifests.Matches(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels), deployment.Metadata.Name);
        }

        foreach (var statefulSet in manifests.OfKind<V1StatefulSet>())
        {
            Assert.True(RenderedManifests.Matches(statefulSet.Spec.Selector.MatchLabels, statefulSet.Spec.Template.Metadata.Labels), statefulSet.Metadata.Name);
            Assert.Single(manifests.OfKind<V1Service>(), s => s.Metadata.Name == statefulSet.Spec.ServiceName);
        }

        foreach (var service in manifests.OfKind<V1Service>())
        {
            var pods = manifests.Selected(service.Metadata.NamespaceProperty, service.Spec.Selector).ToList();
            Assert.True(pods.Count > 0, $"Service {service.Metadata.Name} selects no pod.");
            foreach (var port in service.Spec.Ports)
            {
                Assert.All(pods, pod => Assert.Contains(pod.Spec.Containers, c => RenderedManifests.HasPort(c, port.TargetPort ?? (IntOrString)port.Port)));
            }
        }

        foreach (var budget in manifests.OfKind<V1PodDisruptionBudget>())
        {
            Assert.NotEmpty(manifests.Selected(budget.Metadata.NamespaceProperty, budget.Spec.Selector.MatchLabels));
        }

        foreach (var ingress in manifests.OfKind<V1Ingress>())
        {
            foreach (var backend in ingress.Spec.Rules.SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service))
            {
                var service = manifests.OfKind<V1Service>().Single(s => s.Metadata.Name == backend.Name && s.Metadata.NamespaceProperty == ingress.Metadata.NamespaceProperty);
                Assert.Contains(service.Spec.Ports, p => p.Name == backend.Port.Name || p.Port == backend.Port.Number);
            }
        }

        foreach (var (owner, ns, template) in manifests.PodTemplates())
        {
            if (template.Spec.ServiceAccountName is { } account)
            {
                Assert.True(manifests.OfKind<V1ServiceAccount>().Any(a => a.Metadata.Name == account && a.Metadata.NamespaceProperty == ns), $"{owner}: ServiceAccount {account}");
            }

            foreach (var container in template.Spec.Containers)
            {
                foreach (var source in container.EnvFrom ?? [])
                {
                    Assert.True(source.ConfigMapRef is null || manifests.OfKind<V1ConfigMap>().Any(m => m.Metadata.Name == source.ConfigMapRef.Name && m.Metadata.NamespaceProperty == ns), $"{owner}: ConfigMap {source.ConfigMapRef?.Name}");
                    Assert.True(source.SecretRef is null || manifests.OfKind<V1Secret>().Any(s => s.Metadata.Name == source.SecretRef.Name && s.Metadata.NamespaceProperty == ns), $"{owner}: Secret {source.SecretRef?.Name}");
                }

                foreach (var key in (container.Env ?? []).Select(e => e.ValueFrom?.SecretKeyRef).OfType<V1SecretKeySelector>())
                {
                    var secret = manifests.OfKind<V1Secret>().Single(s => s.Metadata.Name == key.Name && s.Metadata.NamespaceProperty == ns);
                    Assert.True(secret.StringData?.ContainsKey(key.Key) == true || secret.Data?.ContainsKey(key.Key) == true, $"{owner}: {key.Name}/{key.Key}");
                }

                foreach (var probe in new[] { container.StartupProbe, container.LivenessProbe, container.ReadinessProbe }.Where(p => p?.HttpGet is not null))
                {
                    Assert.True(RenderedManifests.HasPort(container, probe!.HttpGet.Port), $"{owner}: probe on port {probe.HttpGet.Port.Value}");
                }
            }
        }
    }

    /// <summary>Non-root, read-only root filesystem, no privilege escalation, no capabilities, requests and limits.</summary>
    public static void PodsRunHardened(RenderedManifests manifests)
    {
        Assert.NotEmpty(manifests.PodTemplates());
        foreach (var (owner, _, template) in manifests.PodTemplates())
        {
            foreach (var container in template.Spec.Containers.Concat(template.Spec.InitContainers ?? []))
            {
                var name = $"{owner}/{container.Name}";
                Assert.True(container.SecurityContext?.RunAsNonRoot ?? template.Spec.SecurityContext?.RunAsNonRoot, $"{name}: runAsNonRoot");
                Assert.NotEqual(0, container.SecurityContext?.RunAsUser ?? template.Spec.SecurityContext?.RunAsUser);
                Assert.True(container.SecurityContext?.ReadOnlyRootFilesystem, $"{name}: readOnlyRootFilesystem");
                Assert.False(container.SecurityContext?.AllowPrivilegeEscalation ?? true, $"{name}: allowPrivilegeEscalation");
                Assert.Contains("ALL", container.SecurityContext?.Capabilities?.Drop ?? []);
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.True(container.Resources?.Requests?.ContainsKey(resource), $"{name}: requests.{resource}");
                    Assert.True(container.Resources?.Limits?.ContainsKey(resource), $"{name}: limits.{resource}");
                }

                // Writable places are volumes, each mounted: emptyDir only where a process writes.
                Assert.All(container.VolumeMounts ?? [], m => Assert.Contains(
                    (template.Spec.Volumes ?? []).Select(v => v.Name).Concat(manifests.OfKind<V1StatefulSet>().SelectMany(s => s.Spec.VolumeClaimTemplates ?? []).Select(c => c.Metadata.Name)), v => v == m.Name));
            }
        }
    }
}
