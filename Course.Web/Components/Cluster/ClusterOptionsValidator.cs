using System.Text.RegularExpressions;
using k8s;
using k8s.Exceptions;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Cluster;

/// <summary>Rejects cluster settings that would only fail later, naming the setting.</summary>
internal sealed partial class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        var failures = new List<string>();
        if (!NamespacePattern().IsMatch(options.Namespace))
        {
            failures.Add($"{ClusterOptions.SectionName}:Namespace '{options.Namespace}' is not a Kubernetes namespace name (lowercase letters, digits and '-', at most 63).");
        }

        if (options.EffectiveSource == ClusterSourceKind.Direct && options.KubeConfigPath is { } path)
        {
            if (!File.Exists(path))
            {
                failures.Add($"{ClusterOptions.SectionName}:KubeConfig '{path}' does not exist (set it to a kubeconfig file, or Cluster:Source to Demonstration).");
            }
            else
            {
                try
                {
                    KubernetesClientConfiguration.BuildConfigFromConfigFile(path, options.Context);
                }
                catch (Exception ex) when (ex is KubeConfigException or IOException or ArgumentException or YamlDotNet.Core.YamlException)
                {
                    failures.Add($"{ClusterOptions.SectionName}:KubeConfig '{path}' (context '{options.Context ?? "current"}') cannot be used: {ex.Message}");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex NamespacePattern();
}
