using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.JSInterop;

namespace Course.Web.Components.Circuits;

/// <summary>
/// Makes each circuit's JS runtime build less System.Text.Json metadata (<see cref="InteropAncestorFilter"/>): the
/// framework registers its circuit JS runtime by type; this registers the same type through a factory that, before
/// the runtime's first call, wraps the reflection resolver of its serializer options. If the framework's registration
/// or the options' shape ever differ from what this expects, the runtime is left as the framework made it.
/// </summary>
internal static class InteropMetadataRegistration
{
    // Protected on JSRuntime: the options every interop call of the circuit is serialized with.
    private static readonly PropertyInfo? OptionsProperty =
        typeof(JSRuntime).GetProperty("JsonSerializerOptions", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Call after <c>AddInteractiveServerComponents</c>, which registers the circuit's JS runtime.</summary>
    public static IHostApplicationBuilder AddLeanInteropMetadata(this IHostApplicationBuilder builder)
    {
        var registered = builder.Services.LastOrDefault(d => d.ServiceType == typeof(IJSRuntime) && !d.IsKeyedService);
        if (registered is not { ImplementationType: { } runtimeType, Lifetime: ServiceLifetime.Scoped } || !typeof(JSRuntime).IsAssignableFrom(runtimeType))
        {
            return builder;
        }

        var factory = ActivatorUtilities.CreateFactory(runtimeType, []);
        builder.Services.Remove(registered);
        builder.Services.AddScoped<IJSRuntime>(services =>
        {
            var runtime = (JSRuntime)factory(services, null);
            FilterAncestors(runtime);
            return runtime;
        });
        return builder;
    }

    /// <summary>Gives the runtime's options the filtered reflection resolver; false when they are not as expected.</summary>
    public static bool FilterAncestors(JSRuntime runtime)
    {
        if (OptionsProperty?.GetValue(runtime) is not JsonSerializerOptions { IsReadOnly: false } options)
        {
            return false;
        }

        // Left empty by the runtime: the serializer would fall back to its shared reflection resolver at the first call.
        if (options.TypeInfoResolver is null)
        {
            if (!JsonSerializer.IsReflectionEnabledByDefault)
            {
                return false;
            }

            options.TypeInfoResolver = InteropAncestorFilter.Reflection;
            return true;
        }

        var chain = options.TypeInfoResolverChain;
        var wrapped = false;
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i] is DefaultJsonTypeInfoResolver reflection)
            {
                chain[i] = new InteropAncestorFilter(reflection);
                wrapped = true;
            }
        }

        return wrapped;
    }
}
