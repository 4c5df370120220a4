using System.Numerics;
using System.Reflection;
using System.Text.Json;
using Course.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace Course.Tests.Site;

/// <summary>
/// A circuit's JS runtime serializes interop arguments as before but keeps no JSON contract for the interfaces
/// System.Text.Json only visits while looking for a polymorphic ancestor (docs/architecture.md, "One circuit's JSON
/// metadata"): those contracts were about 30 KB of every open chapter page's circuit.
/// </summary>
public sealed class InteropMetadataTests
{
    [Fact]
    public async Task Circuit_js_runtime_serializes_arguments_alike_without_ancestor_contracts()
    {
        await using var site = new InMemorySiteFactory();
        await using var scope = site.Services.CreateAsyncScope();
        var runtime = scope.ServiceProvider.GetRequiredService<IJSRuntime>();
        var options = (JsonSerializerOptions)typeof(JSRuntime)
            .GetProperty("JsonSerializerOptions", BindingFlags.Instance | BindingFlags.NonPublic)!
            .GetValue(runtime)!;

        // What the framework's first call and the site's calls pass: an int, a string, collections, a record.
        object?[] args = [0, "quiz-1", new Dictionary<string, List<string>> { ["a"] = ["b"] }, new Payload(["x", "y"], 2)];
        var json = JsonSerializer.Serialize(args, options);

        Assert.Equal("""[0,"quiz-1",{"a":["b"]},{"names":["x","y"],"count":2}]""", json);
        Assert.False(options.TryGetTypeInfo(typeof(INumber<int>), out _), "int's generic-math interfaces got a contract");
        Assert.False(options.TryGetTypeInfo(typeof(IComparable<string>), out _), "string's interfaces got a contract");
        Assert.False(options.TryGetTypeInfo(typeof(ValueType), out _), "ValueType got a contract");
        Assert.True(options.TryGetTypeInfo(typeof(IEnumerable<string>), out _), "a collection interface lost its contract");
        Assert.True(options.TryGetTypeInfo(typeof(IReadOnlyDictionary<string, int>), out _), "a collection interface lost its contract");
    }

    private sealed record Payload(IEnumerable<string> Names, int Count);
}
