using System.Globalization;

namespace DashboardFanout;

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
