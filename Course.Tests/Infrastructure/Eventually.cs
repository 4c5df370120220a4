using System.Diagnostics;
using Xunit.Sdk;

namespace Course.Tests.Infrastructure;

/// <summary>
/// Waits for what a test cannot gate: polls a condition, a value or an assertion until it holds or the timeout passes,
/// then fails with what was awaited and the last value or assertion failure seen. The default timeout is generous (a
/// loaded 2-core machine is slow, never wrong); a test that needs longer says why where it passes its own.
/// </summary>
public static class Eventually
{
    /// <summary>The suite's patience for anything that should happen within a second or two on a quiet machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="condition"/> until it returns true.</summary>
    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        HoldsAsync(() => Task.FromResult(condition()), what, timeout);

    /// <summary>Polls <paramref name="condition"/> until it returns true.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var patience = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed >= patience)
            {
                throw new XunitException($"Not within {Seconds(patience)}: {what}.");
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Reads <paramref name="probe"/> until <paramref name="accepts"/> its value, and returns that value.</summary>
    public static Task<T> ValueAsync<T>(Func<T> probe, Func<T, bool> accepts, string what, TimeSpan? timeout = null) =>
        ValueAsync(() => Task.FromResult(probe()), accepts, what, timeout);

    /// <summary>
    /// Reads <paramref name="probe"/> until <paramref name="accepts"/> its value, and returns that value (the caller's
    /// to dispose); a value passed over is disposed if disposable, and the last one is named if none is accepted.
    /// </summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> probe, Func<T, bool> accepts, string what, TimeSpan? timeout = null)
    {
        var patience = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (accepts(value))
            {
                return value;
            }

            var seen = value?.ToString() ?? "null";
            (value as IDisposable)?.Dispose();
            if (clock.Elapsed >= patience)
            {
                throw new XunitException($"Not within {Seconds(patience)}: {what}. Last seen: {seen}");
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Runs <paramref name="assertion"/> until it passes; only assertion failures are retried.</summary>
    public static Task PassesAsync(Action assertion, string what, TimeSpan? timeout = null) =>
        PassesAsync(() =>
        {
            assertion();
            return Task.CompletedTask;
        }, what, timeout);

    /// <summary>Runs <paramref name="assertion"/> until it passes; only assertion failures are retried.</summary>
    public static async Task PassesAsync(Func<Task> assertion, string what, TimeSpan? timeout = null)
    {
        var patience = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (XunitException) when (clock.Elapsed < patience)
            {
                // Not yet: asked again below.
            }
            catch (XunitException failure)
            {
                throw new XunitException($"Not within {Seconds(patience)}: {what}. Last failure: {failure.Message}");
            }

            await Task.Delay(Interval);
        }
    }

    private static string Seconds(TimeSpan timeout) => $"{timeout.TotalSeconds:0.#} s";
}
