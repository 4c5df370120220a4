using System.Globalization;

namespace Course.Web.Components.Cluster;

/// <summary>Durations as kubectl shows them (<c>42s</c>, <c>5m</c>, <c>3h</c>, <c>2d</c>) and in French sentences.</summary>
internal static class LabTimes
{
    public static string Age(TimeSpan age) => age switch
    {
        { TotalSeconds: < 0 } => "0s",
        { TotalMinutes: < 2 } => $"{(int)age.TotalSeconds}s",
        { TotalHours: < 2 } => $"{(int)age.TotalMinutes}m",
        { TotalDays: < 2 } => $"{(int)age.TotalHours}h",
        _ => $"{(int)age.TotalDays}d",
    };

    public static string Seconds(TimeSpan age) => Math.Max(0, (int)age.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
}
