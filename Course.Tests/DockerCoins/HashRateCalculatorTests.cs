using Course.Web.Components.DockerCoins;

namespace Course.Tests.DockerCoins;

public sealed class HashRateCalculatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_worker_adding_4_every_1_24_s_reads_about_3_2_per_second_without_the_raw_jitter()
    {
        var calculator = NewCalculator();
        var points = Sample(calculator, seconds: 120, at => Worker(at, phase: 0.3));

        var steady = points.Skip(15).ToArray();
        var smoothed = steady.Select(p => p.SmoothedRate!.Value).ToArray();
        var raw = steady.Select(p => p.RawRate!.Value).ToArray();

        // The true rate is 4 / 1.24 ≈ 3.23/s. The raw per-sample rate swings between 0 and 4 ...
        Assert.Equal(0, raw.Min(), 3);
        Assert.InRange(raw.Max(), 3.8, 4.2);

        // ... while the smoothed rate stays within about 7 % of the truth (a tenth of the raw swing).
        Assert.All(smoothed, rate => Assert.InRange(rate, 3.0, 3.5));
        Assert.True(smoothed.Max() - smoothed.Min() < 0.5, $"smoothed rate moved between {smoothed.Min():0.00} and {smoothed.Max():0.00}");
        Assert.InRange(smoothed.Average(), 3.15, 3.30);
    }

    [Fact]
    public void Several_workers_add_up()
    {
        var calculator = NewCalculator();
        double[] phases = [0.0, 0.2, 0.45, 0.7, 1.0];
        var points = Sample(calculator, seconds: 60, at => phases.Sum(phase => Worker(at, phase)));

        var truth = 5 * 4 / 1.24;
        Assert.All(points.Skip(15), p => Assert.InRange(p.SmoothedRate!.Value, truth * 0.95, truth * 1.05));
    }

    [Fact]
    public void A_counter_going_backwards_is_shown_as_a_reset_not_a_negative_spike()
    {
        var calculator = NewCalculator();
        var points = new List<HashRatePoint>();
        for (var second = 0; second < 40; second++)
        {
            // Redis restarted at t = 20 s: the counter starts again from zero.
            var hashes = second < 20 ? 1000 + 4 * second : 4 * (second - 20);
            points.Add(calculator.Add(Start.AddSeconds(second), new CounterReading(hashes, 0)));
        }

        var reset = points[20];
        Assert.True(reset.IsReset);
        Assert.Null(reset.RawRate);
        Assert.Null(reset.SmoothedRate);
        Assert.Equal(0, reset.TotalHashes);
        Assert.Single(points, p => p.IsReset);
        Assert.All(points, p => Assert.InRange(p.RawRate ?? 0, 0, 4.01));
        Assert.All(points, p => Assert.InRange(p.SmoothedRate ?? 0, 0, 4.01));

        // The rate after the reset is computed from the new counter only.
        Assert.Equal(4, points[^1].SmoothedRate!.Value, 3);
    }

    [Fact]
    public void Missed_samples_are_gaps_and_the_line_resumes_after_them()
    {
        var calculator = NewCalculator();
        var points = new List<HashRatePoint>();
        for (var second = 0; second < 30; second++)
        {
            CounterReading? reading = second is >= 12 and < 16 ? null : new CounterReading(3 * second, second / 5);
            points.Add(calculator.Add(Start.AddSeconds(second), reading));
        }

        Assert.All(points.Skip(12).Take(4), p =>
        {
            Assert.True(p.IsGap);
            Assert.Null(p.RawRate);
            Assert.Null(p.SmoothedRate);
        });

        // The first sample after the gap has no raw rate (nothing contiguous to compare with) ...
        Assert.Null(points[16].RawRate);
        Assert.False(points[16].IsReset);

        // ... then both rates carry on at 3/s.
        Assert.Equal(3, points[17].RawRate!.Value, 3);
        Assert.Equal(3, points[^1].SmoothedRate!.Value, 3);
        Assert.Equal(5, points[^1].Coins);
    }

    [Fact]
    public void Missing_keys_read_as_zero_and_show_a_zero_rate()
    {
        var calculator = NewCalculator();
        HashRatePoint last = default;
        for (var second = 0; second < 5; second++)
        {
            last = calculator.Add(Start.AddSeconds(second), new CounterReading(0, 0));
        }

        Assert.Equal(0, last.TotalHashes);
        Assert.Equal(0, last.RawRate);
        Assert.Equal(0, last.SmoothedRate);
    }

    [Fact]
    public void Rate_falls_to_zero_within_the_window_once_workers_stop()
    {
        var calculator = NewCalculator();
        var points = Sample(calculator, seconds: 60, at => at.TotalSeconds < 30 ? Worker(at, 0) : Worker(TimeSpan.FromSeconds(30), 0));

        Assert.InRange(points[29].SmoothedRate!.Value, 3.0, 3.5);
        Assert.Equal(0, points[41].SmoothedRate!.Value, 3);
    }

    [Fact]
    public void First_sample_has_no_rate_yet()
    {
        var calculator = NewCalculator();

        var first = calculator.Add(Start, new CounterReading(500, 7));

        Assert.Equal(500, first.TotalHashes);
        Assert.Null(first.RawRate);
        Assert.Null(first.SmoothedRate);
    }

    [Fact]
    public void History_keeps_the_last_ten_minutes_of_samples()
    {
        var calculator = new HashRateCalculator(HashRateCalculator.DefaultWindow, capacity: 600);

        Sample(calculator, seconds: 700, at => (long)at.TotalSeconds);

        var history = calculator.History();
        Assert.Equal(600, history.Length);
        Assert.Equal(Start.AddSeconds(100), history[0].At, TimeSpan.FromMilliseconds(50));
        Assert.Equal(Start.AddSeconds(699), history[^1].At, TimeSpan.FromMilliseconds(50));
    }

    private static HashRateCalculator NewCalculator() => new(HashRateCalculator.DefaultWindow, capacity: 600);

    // The original worker: +4 at the first loop after each 1 s deadline, i.e. about every 1.24 s.
    private static long Worker(TimeSpan at, double phase) => 4 * (long)Math.Floor((at.TotalSeconds + phase) / 1.24);

    // Samples once per second with the small timer jitter of a real monitor.
    private static List<HashRatePoint> Sample(HashRateCalculator calculator, int seconds, Func<TimeSpan, long> hashesAt)
    {
        var jitter = new Random(42);
        var points = new List<HashRatePoint>();
        for (var second = 0; second < seconds; second++)
        {
            var at = TimeSpan.FromSeconds(second + jitter.NextDouble() * 0.04 - 0.02);
            points.Add(calculator.Add(Start + at, new CounterReading(hashesAt(at), 0)));
        }

        return points;
    }
}
