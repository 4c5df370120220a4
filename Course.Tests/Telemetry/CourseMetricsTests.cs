using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Tests.Instructor;
using Course.Web.Components.DockerCoins;
using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Instructor.Dashboard;
using Course.Web.Components.Progress;
using Course.Web.Components.Telemetry;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Course.Tests.Telemetry;

/// <summary>The app's own meter, read through OpenTelemetry's in-memory exporter as a collector would read it.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class CourseMetricsTests
{
    [Fact]
    public async Task Answers_open_dashboards_sample_lag_and_watch_restarts_are_exported()
    {
        var exported = new List<MetricSnapshot>();
        await using var baseSite = new InMemorySiteFactory();
        await using var site = baseSite.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(exported))));
        var services = site.Services;
        await TestAccounts.CreateInstructorAsync(services, "mesures@example.org");
        var owner = await InstructorSite.PrincipalAsync(services, "mesures@example.org");
        var cohort = (await services.GetRequiredService<CohortService>().CreateAsync(owner, new CohortDraft("Mesures", null, null))).Cohort!;
        var recorder = services.GetRequiredService<AnswerRecorder>();
        var question = ShippedCourse.Content.AllQuestions[0];
        var result = QuizGrader.Grade(question, [.. question.CorrectOptionIds]).Result!;
        for (var i = 0; i < 3; i++)
        {
            await recorder.RecordAsync(await TestAccounts.CreateStudentAsync(services, $"mesure{i}@example.org"), question, result);
        }

        // Events relayed from another replica are not this instance's answers.
        services.GetRequiredService<LearningEventHub>().DeliverFromOtherInstance(
            new LearningEvent(LearningEventKind.QuestionAnswered, "elsewhere", "introduction", question.Id, DateTime.UtcNow));
        using var cohortView = services.GetRequiredService<ICohortDashboardFeed>().Subscribe(cohort.Id, _ => Task.CompletedTask);
        using var firstCoins = services.GetRequiredService<IHashRateFeed>().Subscribe(_ => Task.CompletedTask);
        using var secondCoins = services.GetRequiredService<IHashRateFeed>().Subscribe(_ => Task.CompletedTask);
        services.GetRequiredService<CourseMetrics>().WatchRestarted("pods");
        await WaitForDockerCoinsReadingAsync(services);

        Assert.True(services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        Assert.Equal(3, Last(exported, "course.answers").Single().GetSumLong());
        Assert.Equal(3, Last(exported, "course.answers.per_minute").Single().GetGaugeLastValueLong());
        var dashboards = Last(exported, "course.dashboards.open").ToDictionary(p => Tag(p, "dashboard"), p => p.GetGaugeLastValueLong());
        Assert.Equal(new Dictionary<string, long> { ["cohort"] = 1, ["dockercoins"] = 2 }, dashboards);
        var lag = Last(exported, "course.dockercoins.sample_lag").Single().GetGaugeLastValueDouble();
        Assert.InRange(lag, 0, 10);
        var restarts = Last(exported, "course.cluster.watch_restarts").Single();
        Assert.Equal(1, restarts.GetSumLong());
        Assert.Equal("pods", Tag(restarts, "resource"));
        // The framework's own instruments travel in the same pipeline.
        Assert.Contains(exported, m => m.Name.StartsWith("dotnet.", StringComparison.Ordinal));
    }

    private static List<MetricPoint> Last(List<MetricSnapshot> exported, string name)
    {
        var snapshot = exported.LastOrDefault(m => m.Name == name);
        Assert.True(snapshot is not null, $"{name} was not exported; got {string.Join(", ", exported.Select(m => m.Name).Distinct())}.");
        return [.. snapshot.MetricPoints];
    }

    private static string Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString() ?? "";
            }
        }

        return "";
    }

    // The embedded miner feeds the monitor once a second.
    private static Task WaitForDockerCoinsReadingAsync(IServiceProvider services)
    {
        var monitor = services.GetRequiredService<IHashRateFeed>();
        return Eventually.HoldsAsync(() => monitor.Current?.LastSampleAt is not null, "a DockerCoins reading from the embedded miner");
    }
}
