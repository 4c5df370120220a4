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
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication UsePageCache(this WebApplication app)
    {
        var enabled = app.Configuration.GetValue(PageCacheOptions.Section + ":" + nameof(PageCacheOptions.Enabled), true);
        if (enabled)
        {
            app.UseMiddleware<PageCacheMiddleware>();
        }

        return app;
    }
}
