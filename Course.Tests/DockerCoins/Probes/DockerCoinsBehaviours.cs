using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Course.Tests.DockerCoins.Probes;

/// <summary>The original DockerCoins services' behaviour, and the broken variants the probes must catch.</summary>
internal static class DockerCoinsBehaviours
{
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    /// <summary>rng: sleeps 0.1 s and, when <paramref name="oneAtATime"/>, serves one request at a time as the original does.</summary>
    public static RequestDelegate Rng(bool oneAtATime = true)
    {
        var slot = new SemaphoreSlim(oneAtATime ? 1 : int.MaxValue);
        return async context =>
        {
            var count = int.Parse(context.Request.Path.Value!.Trim('/'), CultureInfo.InvariantCulture);
            await slot.WaitAsync(context.RequestAborted);
            try
            {
                await Task.Delay(Latency, context.RequestAborted);
                await context.Response.Body.WriteAsync(RandomNumberGenerator.GetBytes(count), context.RequestAborted);
            }
            finally
            {
                slot.Release();
            }
        };
    }

    /// <summary>rng answering the wrong number of bytes.</summary>
    public static RequestDelegate ShortRng() => context => context.Response.Body.WriteAsync(new byte[10], context.RequestAborted).AsTask();

    /// <summary>rng that accepts the request and never answers.</summary>
    public static RequestDelegate HangingRng() => context => Task.Delay(Timeout.Infinite, context.RequestAborted);

    /// <summary>hasher: sleeps 0.1 s and answers the SHA-256 hex of the body (or of something else when <paramref name="wrong"/>).</summary>
    public static RequestDelegate Hasher(bool wrong = false) => async context =>
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        await Task.Delay(Latency, context.RequestAborted);
        var data = wrong ? [.. body.ToArray(), (byte)'!'] : body.ToArray();
        await context.Response.WriteAsync(Convert.ToHexStringLower(SHA256.HashData(data)), context.RequestAborted);
    };

    /// <summary>webui: <c>/json</c> with coins, hashes and now.</summary>
    public static RequestDelegate WebUi() => context =>
        context.Response.WriteAsync(
            JsonSerializer.Serialize(new { coins = 3, hashes = 120, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 }),
            context.RequestAborted);

    /// <summary>webui answering an HTML page instead of JSON (a proxy's error page, the wrong service).</summary>
    public static RequestDelegate HtmlWebUi() => context =>
    {
        context.Response.ContentType = "text/html";
        return context.Response.WriteAsync("<!doctype html><html><body>Bienvenue</body></html>", context.RequestAborted);
    };
}
