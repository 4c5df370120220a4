using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Course.Web.Components.Circuits;

/// <summary>
/// Wraps the reflection resolver of a circuit's JS interop serializer options so that it answers "no contract" for the
/// types System.Text.Json only asks about while looking for a polymorphic ancestor of a value passed as
/// <c>object</c>: the base type <see cref="ValueType"/> and the runtime library's interfaces that are not collections
/// (<c>IComparable</c>, <c>IDisposable</c>, the generic-math interfaces of <c>int</c>, ...). Every interop argument
/// is an <c>object</c>, so without this each circuit builds and keeps a full contract for each of them (about 1 KB
/// apiece, about 35 of them from the framework's own first call); "no contract" is the answer that walk expects, and it
/// costs one cache entry. Collection interfaces, the site's and the framework's own types keep their contracts, so
/// whatever interop serializes today serializes the same (docs/architecture.md, "One circuit's JSON metadata").
/// </summary>
internal sealed class InteropAncestorFilter(IJsonTypeInfoResolver inner) : IJsonTypeInfoResolver
{
    /// <summary>The serializer's reflection resolver, filtered: one instance for every circuit.</summary>
    public static InteropAncestorFilter Reflection { get; } = new(new DefaultJsonTypeInfoResolver());

    public IJsonTypeInfoResolver Inner { get; } = inner;

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        IsAncestorOnly(type) ? null : Inner.GetTypeInfo(type, options);

    /// <summary>True for a type no interop payload declares, which only the polymorphic-ancestor walk asks about.</summary>
    public static bool IsAncestorOnly(Type type) =>
        type == typeof(ValueType)
        || (type.IsInterface && type.Assembly == typeof(object).Assembly && !typeof(IEnumerable).IsAssignableFrom(type));
}
