using System.Globalization;
using System.Text;

namespace DashboardFanout;

internal static class Report
{
    public static string Render(IReadOnlyList<PhaseResult> results, Arguments options)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Window: {options.WindowSeconds} s per phase. GET+HLEN = the dashboard's reads (or the pollers'); INCRBY+HSET = the embedded miner's writes (1 worker); all = every command except the bench's own INFO."));
        text.AppendLine();
        text.AppendLine("| phase | viewers | GET+HLEN /s | INCRBY+HSET /s | all commands /s | site CPU | Chromium CPU | samples seen | latency p50 | latency p95 | latency max |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var sorted = r.Latencies.Order().ToArray();
            text.AppendLine(Invariant(
                $"| {r.Name} | {r.Viewers} | {r.SampleCommandsPerSecond:0.00} | {r.MinerCommandsPerSecond:0.00} | {r.AllCommandsPerSecond:0.00} | {Cpu(r.ProcessCpuPercent)} | {Cpu(r.BrowserCpuPercent)} | {(sorted.Length > 0 ? sorted.Length.ToString(CultureInfo.InvariantCulture) : "–")} | {Ms(Percentile(sorted, 0.50))} | {Ms(Percentile(sorted, 0.95))} | {Ms(sorted.Length > 0 ? sorted[^1] : null)} |"));
        }

        var site = results[^2];
        var original = results.Last();
        text.AppendLine();
        text.AppendLine(Invariant(
            $"Ratio, GET+HLEN per second with {options.Viewers} viewers: original webui pattern {original.SampleCommandsPerSecond:0.0}/s vs site {site.SampleCommandsPerSecond:0.0}/s = {original.SampleCommandsPerSecond / Math.Max(site.SampleCommandsPerSecond, 0.001):0}x."));
        return text.ToString();
    }

    private static double? Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? null : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Ms(double? value) => value is { } v ? Invariant($"{v:0} ms") : "–";

    private static string Cpu(double? value) => value is { } v ? Invariant($"{v:0} %") : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
