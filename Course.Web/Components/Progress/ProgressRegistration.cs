namespace Course.Web.Components.Progress;

/// <summary>Registers the progress feature: saved answers and chapter progress of signed-in students.</summary>
internal static class ProgressRegistration
{
    public static IHostApplicationBuilder AddProgress(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LearningEventHub>();
        builder.Services.AddSingleton<AnswerRecorder>();
        builder.Services.AddSingleton<AccountAnswers>();
        builder.Services.AddSingleton<ChapterProgressStore>();
        builder.Services.AddScoped<ChapterReading>();
        // Does nothing on SQLite; on PostgreSQL carries the events between replicas.
        builder.Services.AddHostedService<PostgresLearningEventRelay>();
        return builder;
    }
}
