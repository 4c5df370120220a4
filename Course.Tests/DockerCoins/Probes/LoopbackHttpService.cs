using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Course.Tests.DockerCoins.Probes;

/// <summary>
/// A small Kestrel app on 127.0.0.1 playing one DockerCoins service. Its behaviour can be swapped while it runs
/// (a hasher starts answering wrong digests), and it can be stopped and started again on the same port (down, back).
/// </summary>
internal sealed class LoopbackHttpService(RequestDelegate behaviour) : IAsyncDisposable
{
    private WebApplication? _app;
    private int _port;

    public RequestDelegate Behaviour { get; set; } = behaviour;

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string Url => $"http://127.0.0.1:{_port}/";

    public static async Task<LoopbackHttpService> StartAsync(RequestDelegate behaviour)
    {
        var service = new LoopbackHttpService(behaviour);
        await service.StartAsync();
        return service;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, _port));
        var app = builder.Build();
        app.Run(context => Behaviour(context));
        await app.StartAsync();
        _port = new Uri(app.Urls.Single()).Port;
        _app = app;
    }

    /// <summary>Stops listening: probes now get "connection refused" until <see cref="StartAsync()"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            // Hanging requests (the rng that never answers) are cut after a second, as a crashed pod would cut them.
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await app.StopAsync(deadline.Token);
            await app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
