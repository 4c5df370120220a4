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

    public static LabReporterProcess Start(Uri site, string token, string kubeconfig)
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
        start.Environment["LAB_SITE_URL"] = site.ToString();
        start.Environment["LAB_TOKEN"] = token;
        start.Environment["KUBECONFIG"] = kubeconfig;
        start.Environment.Remove("KUBERNETES_SERVICE_HOST");
        var reporter = new LabReporterProcess(Process.Start(start)!);
        reporter._process.OutputDataReceived += (_, e) => reporter.Append(e.Data);
        reporter._process.ErrorDataReceived += (_, e) => reporter.Append(e.Data);
        reporter._process.BeginOutputReadLine();
        reporter._process.BeginErrorReadLine();
        return reporter;
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
