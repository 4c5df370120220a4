using Course.Content.Model;
using Course.Content.Synonyms;
using Course.Web.Components.Chapters;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Search;

/// <summary>Registers the course search: one in-memory index, built while the host starts.</summary>
internal static class SearchRegistration
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        // The synonyms live beside the chapters, so a custom chapters folder brings its own (or none).
        builder.Services.AddSingleton(sp =>
            SynonymList.LoadDirectory(sp.GetRequiredService<IOptions<ContentOptions>>().Value.ChaptersPath));
        builder.Services.AddSingleton(sp =>
            new CourseSearchIndex(sp.GetRequiredService<CourseContent>(), sp.GetRequiredService<SynonymList>()));
        builder.Services.AddHostedService<SearchIndexWarmup>();
        return builder;
    }

    /// <summary>Builds the index before the first request, so a bad synonym file stops start-up and no student waits.</summary>
    private sealed class SearchIndexWarmup(IServiceProvider services, ILogger<SearchIndexWarmup> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var index = services.GetRequiredService<CourseSearchIndex>();
            var synonyms = services.GetRequiredService<SynonymList>();
            SearchLog.IndexBuilt(logger, index.DocumentCount, synonyms.Groups.Count, (long)index.BuildTime.TotalMilliseconds);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
