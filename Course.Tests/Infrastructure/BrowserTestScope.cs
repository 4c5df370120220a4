using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;

[assembly: Course.Tests.Infrastructure.BrowserTestScope.ClosePagesAfterEachTest]

namespace Course.Tests.Infrastructure;

/// <summary>
/// The browser contexts one test opened through <see cref="ChromiumFixture.NewPageAsync"/>, closed when the test ends.
/// A page left open until its collection ends keeps working for nothing: its circuit keeps rendering live feeds, and a
/// page whose site the test stopped keeps its reconnect banner spinning and retrying. Before this, Chromium took about
/// 800 of the suite's 1,500 CPU seconds.
/// </summary>
internal sealed class BrowserTestScope
{
    private static readonly AsyncLocal<BrowserTestScope?> CurrentScope = new();
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>The running test's scope; null outside a test (a fixture's own set-up), where the fixture keeps the context.</summary>
    public static BrowserTestScope? Current => CurrentScope.Value;

    public void Add(IBrowserContext context)
    {
        lock (_contexts)
        {
            _contexts.Add(context);
        }
    }

    private async Task CloseAsync()
    {
        IBrowserContext[] contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
        }

        foreach (var context in contexts)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already closed by the test, or the browser is gone: nothing left to stop.
            }
        }
    }

    /// <summary>
    /// Opens a scope before each test of the assembly and closes its contexts after it. xunit's hooks are synchronous:
    /// the contexts close in the background (the test's result is already known), and the next test does not wait.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class ClosePagesAfterEachTestAttribute : BeforeAfterTestAttribute
    {
        public override void Before(MethodInfo methodUnderTest) => CurrentScope.Value = new BrowserTestScope();

        public override void After(MethodInfo methodUnderTest)
        {
            if (CurrentScope.Value is { } scope)
            {
                CurrentScope.Value = null;
                _ = scope.CloseAsync();
            }
        }
    }
}
