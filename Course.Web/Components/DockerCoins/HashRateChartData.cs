using System.Globalization;

namespace Course.Web.Components.DockerCoins;

/// <summary>Chart series for the last 10 minutes; null values are gaps (or resets) and break the line.</summary>
internal sealed record HashRateChartData(double?[] Smoothed, double?[] Raw, string[] Labels)
{
    public static HashRateChartData From(IReadOnlyList<HashRatePoint> history, TimeZoneInfo timeZone)
    {
        var smoothed = new double?[history.Count];
        var raw = new double?[history.Count];
        var labels = new string[history.Count];
        int? previousMinute = null;
        for (var i = 0; i < history.Count; i++)
        {
            var point = history[i];
            smoothed[i] = point.SmoothedRate;
            raw[i] = point.RawRate;

            // One label per minute keeps the axis readable with 600 points.
            var local = TimeZoneInfo.ConvertTime(point.At, timeZone);
            var minute = local.Hour * 60 + local.Minute;
            labels[i] = previousMinute is { } before && before != minute
                ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
                : string.Empty;
            previousMinute = minute;
        }

        return new HashRateChartData(smoothed, raw, labels);
    }
}
