using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Course.Content.Model;
using Course.Content.Quizzes;
using Course.Web.Components.Instructor.Dashboard;
using Course.Web.Components.Instructor.Exports;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Components.Progress;
using Course.Web.Components.Site;
using Course.Web.Data;
using InstructorDashboardBench;
using Microsoft.EntityFrameworkCore;

// Usage: InstructorDashboardBench <Sqlite|Postgres> <data-directory|connection-string> [students=500] [concurrent=50]
var provider = args[0];
var target = args[1];
var studentCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
var concurrent = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50;
var inv = CultureInfo.InvariantCulture;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider,
    [provider == "Postgres" ? "ConnectionStrings:Course" : "Database:DataDirectory"] = target,
    ["DockerCoins:EmbeddedMiner"] = "false",
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
});
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.AddCourseSite();
await using var app = builder.Build();
await app.StartAsync();

var services = app.Services;
var contexts = services.GetRequiredService<IDbContextFactory<CourseDbContext>>();
var course = services.GetRequiredService<CourseContent>();
var loader = services.GetRequiredService<CohortDashboardLoader>();
var exporter = services.GetRequiredService<CohortCsvExporter>();
var dashboardBuilder = services.GetRequiredService<CohortDashboardBuilder>();
var recorder = services.GetRequiredService<AnswerRecorder>();
var feed = services.GetRequiredService<ICohortDashboardFeed>();

var seedWatch = Stopwatch.StartNew();
var (cohortId, studentIds) = await Seeder.SeedAsync(contexts, course, studentCount, DateTime.UtcNow);
await using (var context = await contexts.CreateDbContextAsync())
{
    Console.Error.WriteLine($"{provider}: seeded {studentCount} students, {await context.QuizAnswers.CountAsync()} answers, " +
        $"{course.AllQuestions.Count} questions in {seedWatch.Elapsed.TotalSeconds:0.0} s");
}

var dashboardMs = await Measure.MedianAsync(10, async () => _ = await loader.LoadAsync(cohortId));
var naiveMs = await Measure.MedianAsync(3, async () => _ = await NaiveDashboard.LoadAsync(contexts, dashboardBuilder, cohortId, DateTime.UtcNow));
var tableCsvMs = await Measure.MedianAsync(10, async () =>
{
    using var buffer = new MemoryStream();
    await exporter.WriteTableAsync((await loader.LoadAsync(cohortId))!, buffer);
});
var answersCsvMs = await Measure.MedianAsync(10, async () =>
{
    using var buffer = new MemoryStream();
    await using var context = await contexts.CreateDbContextAsync();
    await CohortCsvExporter.WriteAnswersAsync(RawAnswers.Query(context, cohortId).AsAsyncEnumerable(), buffer);
});

// Warm-up, as for the other figures: one answer through each path first, so that JIT and EF's query compilation (paid
// once per process, minutes before a class answers) are not counted in the first batch.
var questions = course.AllQuestions.Take(20).ToList();
var warmUpQuestion = course.AllQuestions[^2];
var warmUpResult = QuizGrader.Grade(warmUpQuestion, [.. warmUpQuestion.CorrectOptionIds]).Result!;
await recorder.RecordOnceAsync(studentIds[^6], warmUpQuestion, warmUpResult, Guid.NewGuid().ToString("N"));
await PerAnswerPeer.RecordAsync(contexts, studentIds[^6], warmUpQuestion, warmUpResult);

// The goal's case: 50 students press "Valider" at the same instant, 20 times (a class answering the same quiz; new
// attempts of already-answered questions: the numbering path), first through AnswerRecorder as the quiz card saves
// them, then through the one-transaction-per-answer peer. Then the stress case, without a goal: the same students
// answer 20 questions in a row with no pause at all (a closed loop: latency = 50 / throughput).
Func<string, QuizQuestion, QuizResult, Task> grouped = (id, question, result) =>
    recorder.RecordOnceAsync(id, question, result, Guid.NewGuid().ToString("N"));
Func<string, QuizQuestion, QuizResult, Task> perAnswer = (id, question, result) =>
    PerAnswerPeer.RecordAsync(contexts, id, question, result);
var answerLatencies = await SimultaneousAnswersAsync(studentIds.Take(concurrent), grouped);
var peerLatencies = await SimultaneousAnswersAsync(studentIds.Skip(concurrent).Take(concurrent), perAnswer);
var stressLatencies = await ClosedLoopAnswersAsync(studentIds.Skip(2 * concurrent).Take(concurrent), grouped);
var stressPeerLatencies = await ClosedLoopAnswersAsync(studentIds.Skip(3 * concurrent).Take(concurrent), perAnswer);
var answerP95 = Measure.Percentile(answerLatencies, 0.95);
var answerP50 = Measure.Percentile(answerLatencies, 0.5);
var peerP95 = Measure.Percentile(peerLatencies, 0.95);

// Live: from the commit of one answer to the recomputed dashboard pushed to an open view.
var pushes = new List<double>();
for (var i = 0; i < 5; i++)
{
    var received = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
    var watch = new Stopwatch();
    using (feed.Subscribe(cohortId, _ =>
    {
        received.TrySetResult(watch.Elapsed.TotalMilliseconds);
        return Task.CompletedTask;
    }))
    {
        await Task.Delay(500);
        var question = course.AllQuestions[^1];
        var result = QuizGrader.Grade(question, [.. question.CorrectOptionIds]).Result!;
        watch.Start();
        await recorder.RecordAsync(studentIds[studentIds.Count - 1 - i], question, result);
        pushes.Add(await received.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}

var pushMax = pushes.Max();
Row("dashboard (3 queries + statistics)", dashboardMs, 300);
Row("peer: naive N+1 dashboard", naiveMs, 300);
Row("CSV cohort table (load + write)", tableCsvMs, 500);
Row("CSV raw answers (query + write)", answersCsvMs, 500);
Row($"answer persisted p95 ({concurrent} concurrent, p50 {answerP50.ToString("0.0", inv)} ms)", answerP95, 20);
Row("peer: one transaction per answer, p95", peerP95, 20);
Console.WriteLine($"| {provider} | stress, no pause between answers: p95 (p50), group commit / per-answer peer | " +
    $"{Measure.Percentile(stressLatencies, 0.95).ToString("0.0", inv)} ({Measure.Percentile(stressLatencies, 0.5).ToString("0.0", inv)}) ms / " +
    $"{Measure.Percentile(stressPeerLatencies, 0.95).ToString("0.0", inv)} ({Measure.Percentile(stressPeerLatencies, 0.5).ToString("0.0", inv)}) ms | | |");
Row("live push after commit (max of 5)", pushMax, 2000);
Console.WriteLine($"| {provider} | speed-up of the set-based dashboard over the naive N+1 peer | {(naiveMs / dashboardMs).ToString("0.0", inv)}× | | |");
Console.WriteLine($"| {provider} | speed-up of the group-committed answer p95 over the per-answer peer | {(peerP95 / answerP95).ToString("0.0", inv)}× | | |");
await app.StopAsync();

async Task<List<double>> SimultaneousAnswersAsync(IEnumerable<string> students, Func<string, QuizQuestion, QuizResult, Task> record)
{
    var latencies = new ConcurrentBag<double>();
    var ids = students.ToList();
    foreach (var question in questions)
    {
        var result = QuizGrader.Grade(question, [.. question.CorrectOptionIds]).Result!;
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answers = ids.Select(id => Task.Run(async () =>
        {
            await go.Task;
            var watch = Stopwatch.StartNew();
            await record(id, question, result);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        })).ToList();
        await Task.Delay(50);
        go.SetResult();
        await Task.WhenAll(answers);
        await Task.Delay(200);
    }

    return [.. latencies];
}

async Task<List<double>> ClosedLoopAnswersAsync(IEnumerable<string> students, Func<string, QuizQuestion, QuizResult, Task> record)
{
    var latencies = new ConcurrentBag<double>();
    await Task.WhenAll(students.Select(id => Task.Run(async () =>
    {
        foreach (var question in questions)
        {
            var result = QuizGrader.Grade(question, [.. question.CorrectOptionIds]).Result!;
            var watch = Stopwatch.StartNew();
            await record(id, question, result);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
    })));
    return [.. latencies];
}

void Row(string what, double ms, double goal) =>
    Console.WriteLine($"| {provider} | {what} | {ms.ToString("0.0", inv)} ms | ≤ {goal.ToString("0", inv)} ms | {(ms / goal).ToString("0.00", inv)} |");
