using System.Globalization;

namespace DashboardFanout;

internal sealed record Arguments(string Site, string Redis, int Viewers, int WindowSeconds, int? SitePid, string? Markdown)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        int? Number(string name) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

        return new Arguments(
            Value("--site") ?? throw new ArgumentException("--site is required"),
            Value("--redis") ?? throw new ArgumentException("--redis is required"),
            Number("--viewers") ?? 100,
            Number("--window") ?? 20,
            Number("--site-pid"),
            Value("--markdown"));
    }
}

/// <summary>CPU time of the site process from /proc, to show what the open circuits cost the server.</summary>
internal static class SiteCpu
{
    public const double TicksPerSecond = 100;

    public static long? Ticks(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        // Fields after the command name: state is field 3, utime 14 and stime 15.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
