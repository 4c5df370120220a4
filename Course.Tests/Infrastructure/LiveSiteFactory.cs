using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Course.Tests.Infrastructure;

/// <summary>
/// The real site (Course.Web's Program) on Kestrel, on a free 127.0.0.1 port, so a browser can open it and
/// its Blazor circuit can connect over a real WebSocket. Use it as a collection fixture (see
/// <see cref="BrowserCollection"/>) or create one per test when it needs its own settings:
/// <code>
/// await using var site = new LiveSiteFactory().WithSetting("ConnectionStrings:Course", postgres.ConnectionString);
/// var html = await site.CreateClient().GetStringAsync("/");
/// </code>
/// The server starts on first use of <see cref="RootUri"/>, <c>CreateClient</c> or <c>Services</c>.
/// </summary>
public sealed class LiveSiteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = [];
    private readonly TestDataDirectory _data = new();
    private readonly Lock _startLock = new();
    private Uri? _rootUri;

    public LiveSiteFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>
    /// Development by default, as <c>dotnet run</c> serves the site. Set Production to exercise production code paths;
    /// MudBlazor's <c>_content/</c> files are served either way.
    /// </summary>
    public string EnvironmentName { get; init; } = Environments.Development;

    /// <summary>The site's root, e.g. <c>http://127.0.0.1:41234/</c>; starts the server if needed.</summary>
    public Uri RootUri
    {
        get
        {
            lock (_startLock)
            {
                if (_rootUri is null)
                {
                    StartServer();
                    var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
                    _rootUri = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
                }

                return _rootUri;
            }
        }
    }

    /// <summary>Overrides one configuration key (e.g. <c>ConnectionStrings:Course</c>). Call before the server starts.</summary>
    public LiveSiteFactory WithSetting(string key, string? value)
    {
        lock (_startLock)
        {
            if (_rootUri is not null)
            {
                throw new InvalidOperationException($"Set {key} before the site starts.");
            }

            _settings[key] = value;
        }

        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);

        // Outside Development nothing maps the _content/ files of Razor class libraries (MudBlazor) from the
        // NuGet cache; `dotnet publish` copies them into wwwroot, a test run does not, so map them here.
        builder.UseStaticWebAssets();

        // A browser page still open when the site stops keeps its circuit's WebSocket open, and Kestrel would wait the
        // default 30 s for it: the pages are gone with the test, so stop promptly.
        builder.ConfigureServices(services => services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2)));

        // Each site gets its own SQLite folder unless a test shares one on purpose (a restart, a second replica).
        builder.UseSetting("Database:DataDirectory", _data.Path);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
    }

    Task IAsyncLifetime.InitializeAsync()
    {
        _ = RootUri;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
