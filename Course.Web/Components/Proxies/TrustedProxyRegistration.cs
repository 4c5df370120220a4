using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Proxies;

/// <summary>
/// ASP.NET Core's forwarded-headers middleware for the proxies of <see cref="TrustedProxyOptions"/>: the client's
/// address (X-Forwarded-For) and scheme (X-Forwarded-Proto) as the Ingress saw them, before the circuit limit counts
/// addresses and before cookies decide whether the request is secure.
/// </summary>
internal static class TrustedProxyRegistration
{
    public static IHostApplicationBuilder AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxyOptions>()
            .BindConfiguration(TrustedProxyOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                // Only the configured networks: not the loopback the middleware trusts by default.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var network in trusted.Value.ParsedNetworks())
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            });
        return builder;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Networks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
