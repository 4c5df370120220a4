using Course.Content.Model;
using Course.Content.Synonyms;
using Course.Web.Components.Chapters;
using Course.Web.Components.Site;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Search;

/// <summary>Registers the course search: one in-memory index, built in the background as soon as the host starts.</summary>
internal static class SearchRegistration
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        // The synonyms live beside the chapters, so a custom chapters folder brings its own (or none). They are
        // loaded (and a bad file stops start-up with its file:line) by CourseContentCheck, before the host starts.
        builder.Services.AddSingleton(sp =>
            SynonymList.LoadDirectory(sp.GetRequiredService<IOptions<ContentOptions>>().Value.ChaptersPath));
        builder.Services.AddSingleton(sp =>
            new CourseSearchIndex(sp.GetRequiredService<CourseContent>(), sp.GetRequiredService<SynonymList>()));
        builder.Services.AddSingleton<CourseSearch>();
        builder.Services.AddHostedService<SearchIndexWarmup>();
        return builder;
    }

    /// <summary>
    /// Starts building the index without holding up the start, once the first response is sent
    /// (<see cref="BackgroundStartGate"/>): the first chapter does not need it, and a search that comes first starts
    /// the build itself and waits for it (<see cref="CourseSearch"/>). Readiness stays false until it is built.
    /// </summary>
    private sealed class SearchIndexWarmup(
        CourseSearch search, SynonymList synonyms, BackgroundStartGate gate, ILogger<SearchIndexWarmup> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                await gate.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                var index = await search.Index;
                SearchLog.IndexBuilt(logger, index.DocumentCount, synonyms.Groups.Count, (long)index.BuildTime.TotalMilliseconds);
            }
            catch (Exception exception)
            {
                SearchLog.IndexFailed(logger, exception);
            }
        }
    }
}
