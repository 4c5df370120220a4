using Course.Web.Components.Cluster.Checks;
using Course.Web.Components.Cluster.Demonstration;
using Course.Web.Components.Cluster.Reporter;
using k8s;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Cluster;

/// <summary>Wires the cluster view: options, the site's one cluster source (direct or demonstration), the checks.</summary>
internal static class ClusterRegistration
{
    public static IHostApplicationBuilder AddCluster(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LabChecks>();
        services.AddSingleton<LabCheckProgress>();
        services.AddSingleton<LabFeeds>();
        services.AddOptions<LabReporterOptions>().BindConfiguration(LabReporterOptions.SectionName)
            .Configure<IConfiguration>((o, configuration) => o.PublicUrl ??= configuration[LabReporterOptions.PublicUrlKey]);
        services.AddSingleton<LabTokens>();
        services.AddSingleton<LabRoster>();
        services.AddSingleton<ClusterScaler>();
        services.AddSingleton<ReplicaChangeLog>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplicaChangeLog>());
        services.AddSingleton<ReportedLabs>();
        services.AddHostedService<ReportedLabsSync>();
        // Beside the labs' sync rather than in AddDockerCoins: the reporter's pushes need the course database.
        services.AddHostedService<DockerCoins.Students.ReportedDockerCoinsSync>();

        var options = builder.Configuration.GetSection(ClusterOptions.SectionName).Get<ClusterOptions>() ?? new ClusterOptions();
        if (options.EffectiveSource == ClusterSourceKind.Direct)
        {
            // One client for the app; built on first use, after the options were validated.
            services.AddSingleton<IKubernetes>(sp => new Kubernetes(ClientConfiguration(sp.GetRequiredService<IOptions<ClusterOptions>>().Value)));
            services.AddSingleton<DirectClusterFeed>();
            services.AddSingleton<ILabFeed>(sp => sp.GetRequiredService<DirectClusterFeed>());
            services.AddHostedService(sp => sp.GetRequiredService<DirectClusterFeed>());
        }
        else
        {
            services.AddSingleton<DemonstrationClusterFeed>();
            services.AddSingleton<ILabFeed>(sp => sp.GetRequiredService<DemonstrationClusterFeed>());
            services.AddHostedService(sp => sp.GetRequiredService<DemonstrationClusterFeed>());
        }

        return builder;
    }

    public static WebApplication MapCluster(this WebApplication app) => app.MapLabReporter();

    public static KubernetesClientConfiguration ClientConfiguration(ClusterOptions options)
    {
        var configuration = options.KubeConfigPath is { } path
            ? KubernetesClientConfiguration.BuildConfigFromConfigFile(path, options.Context)
            : KubernetesClientConfiguration.InClusterConfig();
        // Watches last minutes; HttpClient's default 100 s timeout would cut every one of them.
        configuration.HttpClientTimeout = Timeout.InfiniteTimeSpan;
        return configuration;
    }
}
