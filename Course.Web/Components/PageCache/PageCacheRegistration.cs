using System.IO.Compression;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.PageCache;

internal static class PageCacheRegistration
{
    public static IHostApplicationBuilder AddPageCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PageCacheOptions>()
            .BindConfiguration(PageCacheOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<PageCacheStore>();
        builder.Services.AddSingleton<StalePageRefresher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StalePageRefresher>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        DecorateAntiforgery(builder.Services);

        // Pages the cache does not hold (a signed-in reader's live dashboard, search, account pages) are compressed per
        // response at Brotli's quality 4 and gzip's level 6 ("Optimal"), as the page cache's quick copies: "Fastest"
        // (quality 1) sent about 40 % more for a fraction of a millisecond less than the render itself takes.
        // Cached pages and static assets arrive with Content-Encoding already set and pass through untouched.
        // Off over HTTPS (the default): compressing pages that carry secrets there invites BREACH.
        builder.Services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return builder;
    }

    /// <summary>
    /// Canonical addresses, then the cache itself when enabled, then response compression for everything else.
    /// Cache hits are answered ahead of the compression middleware: their bytes are already compressed, and a hit is
    /// the one path measured against nginx (bench/chapter-throughput.sh).
    /// </summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        app.UseMiddleware<CanonicalPageUrlMiddleware>();
        if (app.Services.GetRequiredService<IOptions<PageCacheOptions>>().Value.Enabled)
        {
            app.UseMiddleware<PageCacheMiddleware>();
        }

        app.UseResponseCompression();
        app.UseMiddleware<Layout.ColorSchemeHintMiddleware>();
        app.UseMiddleware<Assets.VersionedAssetCachingMiddleware>();
        return app;
    }

    // Wraps whatever IAntiforgery the framework registered, so shared page renders mint no per-visitor token.
    private static void DecorateAntiforgery(IServiceCollection services)
    {
        services.AddAntiforgery();
        var framework = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(framework);
        services.Add(ServiceDescriptor.Describe(
            typeof(IAntiforgery),
            sp => new SharedPageAntiforgery(Resolve(sp, framework), sp.GetRequiredService<IOptions<AntiforgeryOptions>>()),
            framework.Lifetime));
    }

    private static IAntiforgery Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IAntiforgery)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
