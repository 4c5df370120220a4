using System.Diagnostics;
using System.Text;
using Course.Tests.Infrastructure;

namespace Course.Tests.Faults;

/// <summary>
/// The built site (<c>dotnet Course.Web.dll</c> from Course.Web's build output) in a process of its own on a free loopback
/// port, so a test can kill it with SIGKILL as the kernel's OOM killer or a node failure would, and start it again on
/// the same data. Development environment: outside it a build (not a publish) serves no <c>_framework/</c> or
/// <c>_content/</c> files, and Chromium needs them for the circuit.
/// </summary>
internal sealed class SiteProcess : IAsyncDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private SiteProcess(Process process, Uri rootUri)
    {
        _process = process;
        RootUri = rootUri;
    }

    public Uri RootUri { get; }

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

    /// <summary>Starts the site with <paramref name="settings"/> (configuration keys, e.g. <c>Database:DataDirectory</c>) and waits until it serves.</summary>
    public static async Task<SiteProcess> StartAsync(int port, IReadOnlyDictionary<string, string> settings)
    {
        var web = Path.Combine(RepositoryPaths.WebProject, "bin", Configuration, "net10.0");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(web, "Course.Web.dll") },
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";

        // A short-lived process on a shared 2-core machine: profile-guided JIT and one GC heap per core only slow its
        // start (to /healthz: 33-40 s against 45-51 s with the defaults, paired runs at load 25). Nothing here tests them.
        startInfo.Environment["DOTNET_TieredPGO"] = "0";
        startInfo.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start Course.Web.");
        var site = new SiteProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => site.Append(line.Data);
        process.ErrorDataReceived += (_, line) => site.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // As PublishedSiteFixture: a cold start on a saturated 2-core machine has taken over a minute.
        await site.WaitUntilServingAsync(TimeSpan.FromSeconds(180));
        return site;
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Linux): no shutdown, no flush, no finally block runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = RootUri, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Course.Web exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Course.Web did not answer within {timeout.TotalSeconds:0} s:\n{Output}");
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
