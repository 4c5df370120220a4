using Microsoft.JSInterop;

namespace Course.Tests.Infrastructure;

/// <summary>
/// A browser's <c>localStorage</c> as the server reaches it over JS interop (<c>localStorage.getItem</c>,
/// <c>setItem</c>, <c>removeItem</c>), kept in a dictionary, so a store can be read by several servers in turn.
/// </summary>
public sealed class InMemoryLocalStorage : IJSRuntime
{
    public Dictionary<string, string> Items { get; } = new(StringComparer.Ordinal);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
        InvokeAsync<TValue>(identifier, CancellationToken.None, args);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
    {
        var key = (string)args![0]!;
        object? result = null;
        switch (identifier)
        {
            case "localStorage.getItem":
                result = Items.GetValueOrDefault(key);
                break;
            case "localStorage.setItem":
                Items[key] = (string)args[1]!;
                break;
            case "localStorage.removeItem":
                Items.Remove(key);
                break;
            default:
                throw new InvalidOperationException($"localStorage has no function {identifier}.");
        }

        return ValueTask.FromResult((TValue)result!);
    }
}
