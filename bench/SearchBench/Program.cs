using System.Diagnostics;
using System.Globalization;
using Course.Content.Loading;
using Course.Content.Synonyms;
using Course.Web.Components.Search;
using SearchBench;

// Usage: SearchBench [rounds=5 | --first-build]. Prints a Markdown report: index build time (first build in the
// process, as at site start-up; then the median of 20 rebuilds) and per-query p50/p99 for the index and for the
// naive substring scan over the same entries, with their ratio. --first-build prints only the first build, in ms.
var firstBuildOnly = args is ["--first-build"];
var rounds = args.Length > 0 && !firstBuildOnly ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var queries = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "queries.txt"))
    .Where(l => l.Length > 0 && !l.StartsWith("##", StringComparison.Ordinal))
    .ToList();

var process = Stopwatch.StartNew();
var course = ChapterLoader.LoadDirectory(ChapterLoader.DefaultDirectory);
var synonyms = SynonymList.LoadDirectory(ChapterLoader.DefaultDirectory);
var loaded = process.Elapsed;

var first = Stopwatch.StartNew();
var index = new CourseSearchIndex(course, synonyms);
var firstBuild = first.Elapsed;
if (firstBuildOnly)
{
    Console.WriteLine(firstBuild.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
    return;
}

var rebuilds = new List<double>();
for (var i = 0; i < 20; i++)
{
    var clock = Stopwatch.StartNew();
    using var rebuilt = new CourseSearchIndex(course, synonyms);
    rebuilds.Add(clock.Elapsed.TotalMilliseconds);
}

var scan = new SubstringScan(SearchEntries.Of(course));
var lucene = new Timings($"Lucene index, app bar list ({SearchBox.MaxShown} hits)");
var page = new Timings($"Lucene index, /recherche ({SearchPage.MaxHits} hits)");
var naive = new Timings("substring scan (peer)");

// Warm-up: JIT and tiered compilation of both paths before anything is timed.
foreach (var query in queries)
{
    index.Search(query, SearchBox.MaxShown);
    index.Search(query, SearchPage.MaxHits);
    scan.Search(query);
}

var hits = 0;
for (var round = 0; round < rounds; round++)
{
    foreach (var query in queries)
    {
        lucene.Time(query, () => index.Search(query).Hits.Count, ref hits);
        if (round == 0 && hits > 0)
        {
            lucene.QueriesWithHits++;
        }

        page.Time(query, () => index.Search(query, SearchPage.MaxHits).Hits.Count, ref hits);
        if (round == 0 && hits > 0)
        {
            page.QueriesWithHits++;
        }

        naive.Time(query, () => scan.Search(query, SearchPage.MaxHits), ref hits);
        if (round == 0 && hits > 0)
        {
            naive.QueriesWithHits++;
        }
    }
}

var report = string.Create(CultureInfo.InvariantCulture, $"""
    Course: {course.Chapters.Count} chapters, {index.DocumentCount} documents (sections and quiz questions), {synonyms.Groups.Count} synonym groups; loaded in {loaded.TotalMilliseconds:0} ms.

    Index build: first build in the process {firstBuild.TotalMilliseconds:0.0} ms (cold, as at site start-up); median of 20 rebuilds {rebuilds.Order().ElementAt(10):0.0} ms. Goal ≤ 300 ms.

    {queries.Count} queries × {rounds} rounds, after one warm-up round, single thread, time inside the search call (analysis, query, highlighting):

    | engine | samples | wall p50 (ms) | wall p99 (ms) | wall max (ms) | thread CPU p50 (ms) | thread CPU p99 (ms) | queries with results |
    | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
    {lucene.Row(queries.Count)}
    {page.Row(queries.Count)}
    {naive.Row(queries.Count)}

    Ratio Lucene (app bar list) / substring scan, wall: p50 {lucene.Percentile(0.50) / naive.Percentile(0.50):0.00}x, p99 {lucene.Percentile(0.99) / naive.Percentile(0.99):0.00}x; thread CPU: p50 {lucene.CpuPercentile(0.50) / naive.CpuPercentile(0.50):0.00}x, p99 {lucene.CpuPercentile(0.99) / naive.CpuPercentile(0.99):0.00}x.
    Goal p99 ≤ 5 ms (wall): {(lucene.Percentile(0.99) <= 5 ? "met" : "NOT met")} (app bar list), {(page.Percentile(0.99) <= 5 ? "met" : "NOT met")} (/recherche). Wall time includes waiting for a core: compare it with the peer's in the same run and with the load average.
    """);
Console.WriteLine(report);
Console.WriteLine();
Console.WriteLine("Slowest queries, /recherche, median thread CPU: " + string.Join(", ",
    page.Slowest(8).Select(q => string.Create(CultureInfo.InvariantCulture, $"`{q.Query}` {q.Milliseconds:0.00} ms"))) + ".");
