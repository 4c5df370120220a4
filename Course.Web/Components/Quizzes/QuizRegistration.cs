using Course.Content.Loading;
using Course.Content.Model;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Course.Web.Components.Quizzes;

/// <summary>Registers the quiz feature: grading state per circuit, browser persistence, answer publishing.</summary>
internal static class QuizRegistration
{
    public static IHostApplicationBuilder AddQuizzes(this IHostApplicationBuilder builder)
    {
        // The site registers the course once; this fallback keeps the feature usable on its own.
        builder.Services.TryAddSingleton(_ => ChapterLoader.LoadDirectory(ChapterLoader.DefaultDirectory));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddScoped<ProtectedLocalStorage>();
        builder.Services.TryAddScoped<IQuizAnswerStore, ProtectedQuizAnswerStore>();
        // Replaced by the progress feature, which persists answers.
        builder.Services.TryAddSingleton<IQuizAnswerSink, LoggingQuizAnswerSink>();
        builder.Services.AddScoped<QuizProgress>();
        return builder;
    }
}
