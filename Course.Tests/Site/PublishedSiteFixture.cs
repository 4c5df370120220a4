using System.Diagnostics;
using System.Text;
using Course.Tests.Infrastructure;

namespace Course.Tests.Site;

/// <summary>
/// The site as it ships: <c>dotnet publish</c> output run with <c>dotnet Course.Web.dll</c> in Production, in its
/// own process on a free loopback port — no test host, no development-time static asset mapping.
/// </summary>
public sealed class PublishedSiteFixture : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly StringBuilder _output = new();
    private DirectoryInfo? _publishDirectory;
    private Process? _process;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>What the app printed so far, for failure messages.</summary>
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

    public async Task InitializeAsync()
    {
        _publishDirectory = Directory.CreateTempSubdirectory("course-publish-");

        // Course.Tests references Course.Web, so it is already built in this configuration: publish just lays it out.
        await ExternalCommand.RunAsync("dotnet",
            ["publish", RepositoryPaths.WebProject, "-c", Configuration, "--no-build", "-o", _publishDirectory.FullName],
            TimeSpan.FromMinutes(3));

        var port = FreeTcpPort.Next();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(_publishDirectory.FullName, "Course.Web.dll") },
            // The content root is the working directory, as in the container image.
            WorkingDirectory = _publishDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the published site.");
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        Client.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        // Two published sites starting at once on a loaded 2-core machine have taken over a minute.
        await WaitUntilAnsweringAsync(TimeSpan.FromSeconds(180));
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Client.Dispose();
        _publishDirectory?.Delete(recursive: true);
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The published site exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync("/");
                return;
            }
            // Not listening yet, or (on a loaded machine) a first GET slower than the client's own timeout: try again.
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                throw new TimeoutException($"The published site did not answer within {timeout.TotalSeconds:0} s:\n{Output}", exception);
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
