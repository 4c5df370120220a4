using Course.Tests.Infrastructure;
using Course.Tests.Infrastructure.Kubernetes;

namespace Course.Tests.Cluster;

/// <summary>
/// The reporter process's own lifecycle, as a student's pod sees it: a manifest missing its settings fails with a
/// message the student can act on, and a pod stopped by Kubernetes (SIGTERM) ends cleanly, not with a crash dump.
/// </summary>
public sealed class LabReporterCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Without_the_site_address_and_token_the_reporter_says_so_and_exits_with_code_2()
    {
        await using var reporter = LabReporterProcess.Start(new Dictionary<string, string>());

        Assert.Equal(2, await reporter.ExitCodeAsync(Patience));
        Assert.Contains("LAB_SITE_URL (adresse du site) et LAB_TOKEN (jeton) sont obligatoires", reporter.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", reporter.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_reporter_stopped_with_SIGTERM_exits_with_code_0()
    {
        await using var api = (await FakeKubernetesApi.StartAsync()).WithKubeadmNodes();
        using var data = new TestDataDirectory();
        // The site's address is a closed port: stopping must not depend on the site answering.
        await using var reporter = LabReporterProcess.Start(new Uri("http://127.0.0.1:9/"), "jeton", api.WriteKubeConfig(data.Path));
        // 30 s: a cold start of a second .NET process, which a loaded 2-core machine once took more than 10 s to make.
        await Eventually.PassesAsync(() => Assert.True(api.OpenWatches > 0, $"The reporter never watched the cluster:\n{reporter.Output}"),
            "the reporter watches the cluster", TimeSpan.FromSeconds(30));
        await reporter.TerminateAsync();

        Assert.Equal(0, await reporter.ExitCodeAsync(Patience));
        Assert.DoesNotContain("Unhandled exception", reporter.Output, StringComparison.Ordinal);
    }
}
