using System.Collections.Concurrent;

namespace Course.Web.Components.PageCache;

/// <summary>
/// Renders the replacement of a stale page apart from the visitor who found it, who is served the stale copy at once
/// like everyone else. The render is a request of its own (<see cref="BackgroundPageRequest"/>) run through the same
/// middleware as a foreground render, not the rest of the visitor's request: on HTTP/1.1 Kestrel reads the next
/// request of a keep-alive connection (the page's stylesheet) only once the middleware has returned. One render per
/// key at a time (the store's claim, released here); one that fails keeps the stale copy, which the store serves until
/// <see cref="PageCacheStore.MaxAge"/>, and is tried again by the next visitor. Stopping the site cancels the renders
/// and waits for them.
/// </summary>
internal sealed class StalePageRefresher(
    PageCacheStore store,
    IServiceScopeFactory scopes,
    IHttpContextAccessor accessor,
    IHostApplicationLifetime lifetime,
    ILogger<StalePageRefresher> logger) : IHostedService
{
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    /// <summary>Starts rendering <paramref name="key"/> again, whose claim the caller holds; never throws.</summary>
    public void Start(string key, BackgroundPageRequest request, RequestDelegate next)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            store.ReleaseRefresh(key);
            return;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[key] = done.Task;
        // Nothing of the visitor's request flows into the render (its HttpContext in IHttpContextAccessor, its activity).
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RenderAsync(key, request, next);
                }
                finally
                {
                    // Out of the list before the claim goes: the next claimer of this key adds its own render.
                    _running.TryRemove(key, out _);
                    store.ReleaseRefresh(key);
                    done.SetResult();
                }
            });
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // ApplicationStopping has cancelled the renders by now; wait for them to let go of their services.
    public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(_running.Values).WaitAsync(cancellationToken);

    private async Task RenderAsync(string key, BackgroundPageRequest request, RequestDelegate next)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            using var body = new MemoryStream();
            var context = request.CreateContext(scope.ServiceProvider, body, stopping);
            accessor.HttpContext = context;
            try
            {
                await next(context);
            }
            finally
            {
                accessor.HttpContext = null;
            }

            if (RenderedPage.TryStore(store, key, context.Response, body.ToArray(), visitorWaits: false) is null)
            {
                logger.BackgroundRenderNotStored(key, context.Response.StatusCode, context.Response.ContentType, PageCacheStore.MaxAge);
            }
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            logger.BackgroundRenderCancelled(key);
        }
        catch (Exception exception)
        {
            logger.BackgroundRenderFailed(key, PageCacheStore.MaxAge, exception);
        }
    }
}
