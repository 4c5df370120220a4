using System.Globalization;

namespace ClassroomLabsBench;

/// <summary>The figures of one phase (the design or its peer) over the same class, pages and change schedule.</summary>
internal sealed record PhaseResult(
    string Name,
    double Seconds,
    IReadOnlyList<double> StudentLatencies,
    int StudentMissed,
    IReadOnlyList<double> GridLatencies,
    int GridMissed,
    long Pushes,
    long Bytes,
    long SnapshotPushes,
    long SnapshotBytes,
    long Refused,
    double SiteCpuSeconds,
    double ChromiumCpuSeconds,
    double DriverCpuSeconds,
    long SiteRssKb,
    long SitePeakRssKb,
    string LoadBefore,
    string LoadAfter)
{
    public double SiteCpuPercent => 100 * SiteCpuSeconds / Seconds;

    public double BytesPerPush => Pushes == 0 ? 0 : (double)Bytes / Pushes;

    public double BytesPerSecond => Bytes / Seconds;

    public double StudentP95 => Percentile(StudentLatencies, 0.95);

    public double GridP95 => Percentile(GridLatencies, 0.95);

    /// <summary>Push-to-screen over every open page (student pages and the instructor's grid together).</summary>
    public double AllP95 => Percentile([.. StudentLatencies, .. GridLatencies], 0.95);

    public static double Percentile(IReadOnlyList<double> values, double rank)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(rank * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
