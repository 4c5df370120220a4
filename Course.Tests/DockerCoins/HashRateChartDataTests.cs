using Course.Web.Components.DockerCoins;

namespace Course.Tests.DockerCoins;

public sealed class HashRateChartDataTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void Ten_minutes_of_samples_make_a_readable_chart_ending_with_the_newest_sample()
    {
        var history = Enumerable.Range(0, 601).Select(s => Point(s, rate: s)).ToArray();

        var chart = HashRateChartData.From(history, Paris);

        Assert.Equal(301, chart.Smoothed.Length);
        Assert.Equal(600, chart.Smoothed[^1]);
        Assert.Equal(["10:01", "10:02", "10:03", "10:04", "10:05", "10:06", "10:07", "10:08", "10:09", "10:10"],
            chart.Labels.Where(label => label.Length > 0));
    }

    [Fact]
    public void A_gap_or_a_reset_breaks_the_line_where_it_happened()
    {
        var history = Enumerable.Range(0, 20).Select(s => Point(s, rate: 3)).ToArray();
        history[7] = HashRatePoint.Gap(Start.AddSeconds(7));
        history[14] = history[14] with { IsReset = true };

        var chart = HashRateChartData.From(history, Paris);

        Assert.Equal([3, 3, 3, null, 3, 3, 3, null, 3, 3], chart.Smoothed);
        Assert.Equal([3, 3, 3, null, 3, 3, 3, null, 3, 3], chart.Raw);
    }

    private static HashRatePoint Point(int second, double rate) =>
        new(Start.AddSeconds(second), 100 + second, 0, rate, rate, IsReset: false);
}
