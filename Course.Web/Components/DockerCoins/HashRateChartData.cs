using System.Globalization;

namespace Course.Web.Components.DockerCoins;

/// <summary>Chart series for the last 10 minutes; null values are gaps (or resets) and break the line.</summary>
internal sealed record HashRateChartData(double?[] Smoothed, double?[] Raw, string[] Labels)
{
    /// <summary>
    /// Samples per chart point. Every open dashboard receives the whole SVG path each second, so 300 points
    /// instead of 600 halve what each circuit costs the server and the browser; the raw line still shows its
    /// swing, and the numbers above the chart keep the 1 s resolution.
    /// </summary>
    public const int SamplesPerPoint = 2;

    public static HashRateChartData From(IReadOnlyList<HashRatePoint> history, TimeZoneInfo timeZone)
    {
        var count = (history.Count + SamplesPerPoint - 1) / SamplesPerPoint;
        var smoothed = new double?[count];
        var raw = new double?[count];
        var labels = new string[count];
        int? previousMinute = null;

        // Buckets end at the newest sample, so the latest value is always drawn.
        var first = history.Count - count * SamplesPerPoint;
        for (var i = 0; i < count; i++)
        {
            var start = Math.Max(0, first + i * SamplesPerPoint);
            var end = first + (i + 1) * SamplesPerPoint;
            var last = history[end - 1];

            // A gap or a reset anywhere in the bucket breaks the line there.
            var broken = false;
            for (var j = start; j < end; j++)
            {
                broken |= history[j].IsGap || history[j].IsReset;
            }

            smoothed[i] = broken ? null : last.SmoothedRate;
            raw[i] = broken ? null : last.RawRate;

            // One label per minute keeps the axis readable.
            var local = TimeZoneInfo.ConvertTime(last.At, timeZone);
            var minute = local.Hour * 60 + local.Minute;
            labels[i] = previousMinute is { } before && before != minute
                ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
                : string.Empty;
            previousMinute = minute;
        }

        return new HashRateChartData(smoothed, raw, labels);
    }
}
