using Bunit;
using Course.Content.Model;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace Course.Tests.Infrastructure;

/// <summary>
/// The one bUnit base for component tests: MudBlazor services, loose JS interop, the shipped course, and the quiz
/// services with answers kept in memory instead of the browser's storage.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    /// <param name="configureServices">Adds or replaces services; runs before the renderer is created.</param>
    protected ComponentTestContext(Action<IServiceCollection>? configureServices = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<CourseContent>(ShippedCourse.Content);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IQuizAnswerStore>(QuizStore);
        Services.AddSingleton(QuizSink);
        Services.AddSingleton<IQuizAnswerSink>(QuizSink);
        Services.AddScoped<QuizProgress>();
        configureServices?.Invoke(Services);

        // Components read RendererInfo (the quiz cards stay disabled until interactive); tests play the circuit.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected static CourseContent Course => ShippedCourse.Content;

    /// <summary>Stands in for the browser's local storage of quiz answers.</summary>
    internal InMemoryQuizAnswerStore QuizStore { get; } = new();

    /// <summary>Receives every graded quiz answer.</summary>
    internal LoggingQuizAnswerSink QuizSink { get; } = new(NullLogger<LoggingQuizAnswerSink>.Instance);
}
