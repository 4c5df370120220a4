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
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication UsePageCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<PageCacheOptions>>().Value.Enabled)
        {
            app.UseMiddleware<PageCacheMiddleware>();
        }

        return app;
    }
}
