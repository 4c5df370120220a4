using System.Diagnostics;
using System.Text;
using Course.Tests.Infrastructure;

namespace Course.Tests.Cluster;

/// <summary>
/// The reporter as a student's cluster runs it: <c>dotnet Course.Web.dll report</c> in its own process, with the site
/// address, the token and a kubeconfig (the fake API server) in its environment.
/// </summary>
public sealed class LabReporterProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LabReporterProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static LabReporterProcess Start(Uri site, string token, string kubeconfig) =>
        Start(new Dictionary<string, string> { ["LAB_SITE_URL"] = site.ToString(), ["LAB_TOKEN"] = token, ["KUBECONFIG"] = kubeconfig });

    /// <summary>Starts the reporter with exactly these of its settings (the others removed from the environment).</summary>
    public static LabReporterProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var dll = Path.Combine(RepositoryPaths.WebProject, "bin", "Release", "net10.0", "Course.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution in Release first.");
        }

        var start = new ProcessStartInfo("dotnet", [dll, "report"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in new[] { "LAB_SITE_URL", "LAB_TOKEN", "KUBECONFIG", "KUBERNETES_SERVICE_HOST" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var reporter = new LabReporterProcess(Process.Start(start)!);
        reporter._process.OutputDataReceived += (_, e) => reporter.Append(e.Data);
        reporter._process.ErrorDataReceived += (_, e) => reporter.Append(e.Data);
        reporter._process.BeginOutputReadLine();
        reporter._process.BeginErrorReadLine();
        return reporter;
    }

    /// <summary>Waits for the process to end by itself; its exit code, or null if it still runs after <paramref name="patience"/>.</summary>
    public async Task<int?> ExitCodeAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Sends SIGTERM, as the kubelet does when a pod is stopped.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
