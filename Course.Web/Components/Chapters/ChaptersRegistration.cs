using Course.Content.Model;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Chapters;

/// <summary>Loads the course once at start-up; invalid content stops the app before it serves anything.</summary>
internal static class ChaptersRegistration
{
    public static IHostApplicationBuilder AddChapters(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var preload = CourseContentPreload.Start(builder.Configuration);
        builder.Services.AddSingleton(sp => preload.Take(sp.GetRequiredService<IOptions<ContentOptions>>().Value));
        builder.Services.AddHostedService<CourseContentWarmup>();
        return builder;
    }

    /// <summary>Resolves the course during host start so a content error fails start-up, not the first request.</summary>
    private sealed class CourseContentWarmup(IServiceProvider services, ILogger<CourseContentWarmup> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var course = services.GetRequiredService<CourseContent>();
            ContentLog.CourseLoaded(logger, course.Chapters.Count);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
