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

    [Fact]
    public void The_drawing_breaks_its_lines_at_gaps_and_scales_to_the_plateau_or_above()
    {
        var history = Enumerable.Range(0, 20).Select(s => Point(s, rate: 3)).ToArray();
        history[7] = HashRatePoint.Gap(Start.AddSeconds(7));

        var drawing = HashRateChartDrawing.From(HashRateChartData.From(history, Paris));

        // Two lines, one on each side of the gap, at 3 on a scale of 0 to 10.
        Assert.Equal("M0 70L111.1 70L222.2 70M444.4 70L555.6 70L666.7 70L777.8 70L888.9 70L1000 70", drawing.SmoothedPath);
        Assert.Equal(10, drawing.Top);
        Assert.Equal([0, 2, 4, 6, 8, 10], drawing.Ticks);

        // Faster than the plateau: the scale grows, by steps that keep at most 12 ticks.
        var fast = HashRateChartDrawing.From(HashRateChartData.From(history.Select(p => p with { SmoothedRate = 41, RawRate = 41 }).ToArray(), Paris));
        Assert.Equal(44, fast.Top);
        Assert.Equal(12, fast.Ticks.Count);
    }

    private static HashRatePoint Point(int second, double rate) =>
        new(Start.AddSeconds(second), 100 + second, 0, rate, rate, IsReset: false);
}
