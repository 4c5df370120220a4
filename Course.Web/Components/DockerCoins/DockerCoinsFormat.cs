using System.Globalization;

namespace Course.Web.Components.DockerCoins;

/// <summary>French display formats for students, invariant ones for the test hooks.</summary>
internal static class DockerCoinsFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Rate(double? rate) => rate is { } value ? value.ToString("0.0", French) : "—";

    public static string Count(long value) => value.ToString("N0", French);

    public static string Time(DateTimeOffset? at, TimeZoneInfo timeZone) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, timeZone).ToString("HH:mm:ss", French) : "—";

    public static string HookRate(double? rate) => (rate ?? 0).ToString("0.###", CultureInfo.InvariantCulture);

    public static string HookCount(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string HookTime(DateTimeOffset? at) =>
        at is { } value ? value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : string.Empty;
}
