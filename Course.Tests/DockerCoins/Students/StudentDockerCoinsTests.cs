using Course.Tests.Infrastructure;
using Course.Web.Components.DockerCoins;
using Course.Web.Components.DockerCoins.Probes;
using Course.Web.Components.DockerCoins.Students;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Course.Tests.DockerCoins.Students;

/// <summary>The site's side of a student's pushed DockerCoins: the same rate calculation, the bottleneck, the bounds.</summary>
public sealed class StudentDockerCoinsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Pushed_counters_give_the_same_windowed_rate_as_the_sites_own_calculation_and_resent_ones_are_ignored()
    {
        var student = Student();
        var local = new HashRateCalculator(HashRateCalculator.DefaultWindow, 600);
        var counters = Enumerable.Range(0, 20).Select(i => new CounterSample(Start.AddSeconds(i), 4L * i + (i % 3), i / 5)).ToList();
        HashRatePoint last = default!;
        foreach (var c in counters)
        {
            last = local.Add(c.At, new CounterReading(c.Hashes!.Value, c.Coins!.Value));
        }

        // Ten pushes of two reads each, the fifth resent once (a push whose answer was lost).
        for (var i = 0; i < counters.Count; i += 2)
        {
            student.Accept(new DockerCoinsReport(counters.Skip(i).Take(2).ToList(), []), Start.AddSeconds(i));
            if (i == 8)
            {
                student.Accept(new DockerCoinsReport(counters.Skip(i).Take(2).ToList(), []), Start.AddSeconds(i));
            }
        }

        var snapshot = student.HashRates.Current!;
        Assert.Equal(20, snapshot.History.Count);
        Assert.Equal(last.SmoothedRate, snapshot.CurrentRate);
        Assert.InRange(snapshot.CurrentRate!.Value, 3.5, 4.5);
        Assert.Equal(DockerCoinsConnectionState.Connected, snapshot.State);
        Assert.Equal(3, snapshot.Coins);

        student.Accept(new DockerCoinsReport([new CounterSample(Start.AddSeconds(20), null, null)], []), Start.AddSeconds(21));
        Assert.Equal(DockerCoinsConnectionState.Reconnecting, student.HashRates.Current!.State);
    }

    [Fact]
    public void Pushed_probes_name_rng_when_its_latency_grows_with_the_workers_and_a_threaded_rng_gets_no_hint()
    {
        var serial = Student();
        var threaded = Student();
        var probes = new List<ProbeSample>();
        var flat = new List<ProbeSample>();
        for (var i = 0; i < 10; i++)
        {
            var workers = i < 5 ? 1 : 10;
            var at = Start.AddSeconds(2 * i);
            probes.Add(new ProbeSample("rng", at, workers == 1 ? 100 : 950, null, false, workers));
            probes.Add(new ProbeSample("hasher", at, 100, null, false, workers));
            flat.Add(new ProbeSample("rng", at, 101, null, false, workers));
        }

        probes.Add(new ProbeSample("webui", Start, null, "réponse invalide : ce n’est pas du JSON", false, 1));
        serial.Accept(new DockerCoinsReport([], probes), Start);
        threaded.Accept(new DockerCoinsReport([], flat), Start);

        var services = serial.Services.Current!;
        Assert.Equal(DockerCoinsService.Rng, services.Bottleneck!.Service);
        Assert.Contains("quand worker passe de 1 à 10", services.Bottleneck.Finding);
        Assert.Equal(ServiceStatus.Down, services.Services.Single(s => s.Service == DockerCoinsService.WebUi).Status);
        Assert.Equal(ServiceStatus.Ok, services.Services.Single(s => s.Service == DockerCoinsService.Hasher).Status);
        Assert.Equal(10, services.Workers);
        Assert.Null(threaded.Services.Current!.Bottleneck);
    }

    [Fact]
    public async Task The_student_view_lasts_while_the_reporter_pushes_and_ends_when_it_goes_quiet()
    {
        using var directory = new TestDataDirectory();
        var contexts = TestCourseDatabase.Sqlite(Path.Combine(directory.Path, "course.db"));
        await contexts.MigrateAsync();
        await using (var context = await contexts.CreateDbContextAsync())
        {
            context.Users.Add(new Course.Web.Data.Entities.CourseUser { Id = "eleve", UserName = "eleve@example.org", Email = "eleve@example.org" });
            await context.SaveChangesAsync();
        }

        var time = new ManualTimeProvider(Start);
        var store = new ReportedDockerCoins(contexts, time, Options.Create(new DockerCoinsOptions()), NullLogger<ReportedDockerCoins>.Instance);
        Assert.Null(store.Connected("eleve"));

        await store.AcceptAsync("eleve", new DockerCoinsReport([new CounterSample(Start, 4, 0)], []));
        Assert.NotNull(store.Connected("eleve"));
        Assert.Null(store.Connected("autre"));
        Assert.Null(store.Connected(null));

        time.Advance(TimeSpan.FromSeconds(46));
        Assert.Null(store.Connected("eleve"));

        // A restarted site loads the pushes of the last ten minutes, and the next resync drops older ones.
        var restarted = new ReportedDockerCoins(contexts, time, Options.Create(new DockerCoinsOptions()), NullLogger<ReportedDockerCoins>.Instance);
        await restarted.ResyncAsync();
        Assert.Equal(4L, restarted.Find("eleve")?.HashRates.Current?.TotalHashes);
        time.Advance(ReportedDockerCoins.Kept);
        await restarted.ResyncAsync();
        await using (var context = await contexts.CreateDbContextAsync())
        {
            Assert.Equal(0, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(context.ReportedDockerCoinsPushes));
        }
    }

    [Theory]
    [InlineData("""{"counters":[{"at":"2026-11-26T09:00:01Z","hashes":-4,"coins":0}],"probes":[]}""", "négatif")]
    [InlineData("""{"counters":[{"at":"2026-11-26T09:00:02Z","hashes":4,"coins":0},{"at":"2026-11-26T09:00:01Z","hashes":8,"coins":0}],"probes":[]}""", "dans l’ordre du temps")]
    [InlineData("""{"counters":[],"probes":[{"service":"redis","at":"2026-11-26T09:00:01Z","latencyMs":3}]}""", "service inconnu")]
    [InlineData("""{"counters":[],"probes":[{"service":"rng","at":"2026-11-26T09:00:01Z","latencyMs":-3}]}""", "hors limites")]
    [InlineData("""{"counters":[],"probes":[{"service":"rng","at":"2026-11-26T09:00:01Z","latencyMs":null,"error":null}]}""", "hors limites")]
    [InlineData("""{"counters":[],"probes":[{"service":"rng","at":"2026-11-26T09:00:01Z","error":"a\u0007b"}]}""", "caractères de contrôle")]
    [InlineData("""{"counters":null,"probes":[]}""", "incomplet")]
    public void Out_of_bounds_measurements_are_refused_with_a_French_reason(string json, string reason)
    {
        var report = System.Text.Json.JsonSerializer.Deserialize<DockerCoinsReport>(json, Course.Web.Components.Cluster.Reporter.LabReporterEndpoints.Json);

        Assert.Contains(reason, DockerCoinsReportValidator.Problem(report));
    }

    [Fact]
    public void Too_many_measurements_are_refused_and_a_normal_push_is_accepted()
    {
        var many = Enumerable.Range(0, DockerCoinsReportValidator.MaxCounters + 1).Select(i => new CounterSample(Start.AddSeconds(i), i, 0)).ToList();
        Assert.Contains("trop de mesures", DockerCoinsReportValidator.Problem(new DockerCoinsReport(many, [])));
        Assert.Null(DockerCoinsReportValidator.Problem(new DockerCoinsReport(many[..2], [new ProbeSample("hasher", Start, 100, null, false, 2)])));
    }

    [Theory]
    [InlineData("redis:6379", true, "http://rng/")]
    [InlineData("redis.dockercoins.svc.cluster.local:6379", true, "http://rng.dockercoins.svc.cluster.local/")]
    [InlineData("10.0.0.7:6379", true, "http://rng/")]
    [InlineData("redis:6379", false, null)]
    public void In_a_pod_next_to_DockerCoins_the_services_default_to_the_workshops_names(string redis, bool inPod, string? rng)
    {
        var options = new DockerCoinsOptions { RedisConnectionString = redis, WebUiUrl = "" };
        WorkshopServiceUrls.ApplyDefaults(options, inPod);

        Assert.Equal(rng, options.RngUrl);
        Assert.Equal(rng?.Replace("rng", "hasher", StringComparison.Ordinal), options.HasherUrl);
        // An empty setting means "not probed" and stays so.
        Assert.Equal("", options.WebUiUrl);
    }

    private static StudentDockerCoins Student() => new(new DockerCoinsOptions(), NullLogger.Instance);
}
