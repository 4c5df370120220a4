using Bunit;
using Bunit.TestDoubles;
using Course.Content.Model;
using Course.Web.Components.Progress;
using Course.Web.Components.Quizzes;
using Course.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace Course.Tests.Infrastructure;

/// <summary>
/// The one bUnit base for component tests: MudBlazor services, loose JS interop, the shipped course, and the quiz and
/// progress services with an anonymous visitor whose answers are kept in memory instead of the browser's storage.
/// Tests of signed-in students call <see cref="SignIn"/> and <see cref="UseDatabase"/> with a running site.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    /// <param name="configureServices">Adds or replaces services; runs before the renderer is created.</param>
    protected ComponentTestContext(Action<IServiceCollection>? configureServices = null)
    {
        // bUnit's WaitForAssertion/WaitForState/WaitForElement give up after 1 s by default: too short on two loaded cores
        // for a render that waits on a real database. A wait is not a bound: a render that never comes still fails.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<CourseContent>(ShippedCourse.Content);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IQuizAnswerStore>(QuizStore);
        Services.AddSingleton<AuthenticationStateProvider>(new BunitAuthenticationStateProvider());
        // AuthorizeView (the drawer's instructor link) asks for the policy provider and the authorization service.
        Services.AddAuthorizationCore(options => options.AddPolicy(
            global::Course.Web.Components.Account.CoursePolicies.Instructor,
            policy => policy.RequireAuthenticatedUser().RequireRole(global::Course.Web.Components.Account.CourseRoles.Instructor)));
        // bUnit puts a placeholder authorization service first; the real one evaluates the site's policies.
        Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationService, Microsoft.AspNetCore.Authorization.DefaultAuthorizationService>();
        Services.AddSingleton(TestCourseDatabase.None);
        Services.AddMetrics();
        Services.AddSingleton<Course.Web.Components.Telemetry.CourseMetrics>();
        Services.AddSingleton<LearningEventHub>();
        Services.AddSingleton<AnswerRecorder>();
        Services.AddSingleton<AccountAnswers>();
        Services.AddSingleton<ChapterProgressStore>();
        Services.AddScoped<ChapterReading>();
        Services.AddScoped<QuizAnswerLoader>();
        Services.AddScoped<QuizProgress>();
        Services.AddSingleton<Course.Web.Components.DockerCoins.IMinerChangePolicy, Course.Web.Components.DockerCoins.AnyoneMayChangeMiner>();
        // The DockerCoins page and services panel look for the signed-in student's own DockerCoins (none by default).
        Services.AddSingleton(new Course.Web.Components.DockerCoins.Students.ReportedDockerCoins(TestCourseDatabase.None, TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new Course.Web.Components.DockerCoins.DockerCoinsOptions()),
            NullLogger<Course.Web.Components.DockerCoins.Students.ReportedDockerCoins>.Instance));
        // The DockerCoins chart marks replica changes of the site's cluster; tests feed them through ReplicaChanges.
        Services.AddSingleton<global::Course.Web.Components.Cluster.ILabFeed>(new global::Course.Web.Components.Cluster.LabStatePublisher(
            global::Course.Web.Components.Cluster.Lab.LabState.Connecting(global::Course.Web.Components.Cluster.Lab.LabOrigin.Demonstration), NullLogger.Instance));
        Services.AddSingleton<global::Course.Web.Components.Cluster.LabFeeds>();
        Services.AddSingleton<global::Course.Web.Components.Cluster.Checks.LabChecks>();
        Services.AddSingleton<global::Course.Web.Components.Cluster.ReplicaChangeLog>();
        Services.AddSingleton<global::Course.Web.Components.Cluster.Checks.LabCheckProgress>();
        configureServices?.Invoke(Services);

        // Components read RendererInfo (the quiz cards stay disabled until interactive); tests play the circuit.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected static CourseContent Course => ShippedCourse.Content;

    /// <summary>Stands in for the browser's local storage of quiz answers.</summary>
    internal InMemoryQuizAnswerStore QuizStore { get; } = new();

    /// <summary>
    /// Keeps signed-in students' progress in <paramref name="contexts"/> (default: the database of the running site
    /// <paramref name="site"/>), publishing to the site's <see cref="LearningEventHub"/>. Call from the constructor's
    /// <c>configureServices</c>.
    /// </summary>
    protected static void UseDatabase(IServiceCollection services, IServiceProvider site, IDbContextFactory<CourseDbContext>? contexts = null)
    {
        services.AddSingleton(contexts ?? site.GetRequiredService<IDbContextFactory<CourseDbContext>>());
        services.AddSingleton(site.GetRequiredService<LearningEventHub>());
    }

    /// <summary>
    /// Signs a student in for the circuit, as Identity does (the account id in the NameIdentifier claim), with the
    /// cascading authentication state. Call from the constructor's <c>configureServices</c>.
    /// </summary>
    protected static void SignIn(IServiceCollection services, string userId)
    {
        services.AddSingleton<AuthenticationStateProvider>(new BunitAuthenticationStateProvider(
            $"{userId}@example.org", claims: [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, userId)]));
        services.AddCascadingAuthenticationState();
    }
}
