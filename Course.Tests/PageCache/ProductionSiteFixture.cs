using Course.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace Course.Tests.PageCache;

/// <summary>The site in Production on Kestrel (exception handler, real Date and Server headers), with small cache caps.</summary>
public sealed class ProductionSiteFixture : IAsyncLifetime
{
    public const int MaxEntries = 8;
    public const long MaxBytes = 2 * 1024 * 1024;

    public LiveSiteFactory Site { get; } = new LiveSiteFactory { EnvironmentName = Environments.Production }
        .WithSetting("PageCache:MaxEntries", MaxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("PageCache:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A client that shows redirects instead of following them, and keeps no cookies.</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Site.RootUri };

    public Task InitializeAsync() => ((IAsyncLifetime)Site).InitializeAsync();

    public Task DisposeAsync() => Site.DisposeAsync().AsTask();
}
