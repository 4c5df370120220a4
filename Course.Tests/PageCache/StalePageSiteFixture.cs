using System.Security.Claims;
using Course.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Course.Tests.PageCache;

/// <summary>
/// The site in memory with a clock the tests move (pages age without waiting), a switch that makes every render fail
/// (authentication, which each render passes through and a cache hit does not, throws), and its warnings kept.
/// </summary>
public sealed class StalePageSiteFixture : IAsyncLifetime
{
    private readonly InMemorySiteFactory _site = new();
    private readonly CapturingLoggerProvider _logs = new();

    public StalePageSiteFixture() =>
        Site = _site.WithWebHostBuilder(builder => builder
            .ConfigureLogging(logging => logging.AddProvider(_logs))
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddScoped<IAuthenticationService>(sp => new SwitchableAuthentication(
                    ActivatorUtilities.CreateInstance<AuthenticationService>(sp), this));
            }));

    public WebApplicationFactory<Program> Site { get; }

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>While true, every render fails with an exception; cache hits are unaffected.</summary>
    public bool RendersFail { get; set; }

    /// <summary>Completes when a render has failed because of <see cref="RendersFail"/>.</summary>
    public TaskCompletionSource RenderFailed { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The warnings and errors the site logged, by event id.</summary>
    public IReadOnlyList<(int EventId, LogLevel Level, string Message)> Warnings => _logs.Records;

    public void ResetRenderFailed() => RenderFailed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await _site.DisposeAsync();
    }

    private sealed class SwitchableAuthentication(IAuthenticationService inner, StalePageSiteFixture fixture) : IAuthenticationService
    {
        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            if (fixture.RendersFail)
            {
                fixture.RenderFailed.TrySetResult();
                throw new InvalidOperationException("Render made to fail by the test.");
            }

            return inner.AuthenticateAsync(context, scheme);
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            inner.ChallengeAsync(context, scheme, properties);

        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            inner.ForbidAsync(context, scheme, properties);

        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) =>
            inner.SignInAsync(context, scheme, principal, properties);

        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            inner.SignOutAsync(context, scheme, properties);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<(int EventId, LogLevel Level, string Message)> _records = [];

        public IReadOnlyList<(int EventId, LogLevel Level, string Message)> Records
        {
            get
            {
                lock (_records)
                {
                    return [.. _records];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }

                lock (provider._records)
                {
                    provider._records.Add((eventId.Id, logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
