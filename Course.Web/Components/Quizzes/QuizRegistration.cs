using Course.Content.Loading;
using Course.Content.Model;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// Registers the quiz feature: grading state per circuit and browser persistence. Signed-in students' answers are
/// kept by the progress feature (<c>AddProgress</c>), which <see cref="QuizProgress"/> needs.
/// </summary>
internal static class QuizRegistration
{
    public static IHostApplicationBuilder AddQuizzes(this IHostApplicationBuilder builder)
    {
        // The site registers the course once; this fallback keeps the feature usable on its own.
        builder.Services.TryAddSingleton(_ => ChapterLoader.LoadDirectory(ChapterLoader.DefaultDirectory));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddScoped<ProtectedLocalStorage>();
        builder.Services.TryAddScoped<IQuizAnswerStore, ProtectedQuizAnswerStore>();
        builder.Services.AddScoped<QuizAnswerLoader>();
        builder.Services.AddScoped<QuizProgress>();
        return builder;
    }
}
