using System.Globalization;

namespace Bench.Shared;

/// <summary>
/// CPU time from /proc: of the site process, to show what the open circuits cost the server, and of all
/// Chromium processes, to show how much of the machine the simulated viewers themselves take.
/// </summary>
internal static class ProcessCpu
{
    public const double TicksPerSecond = 100;

    public static long? Ticks(int? pid) => pid is { } id ? ReadTicks($"/proc/{id}/stat") : null;

    public static long ChromiumTicks()
    {
        long total = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var stat = Path.Combine(directory, "stat");
            if (char.IsDigit(Path.GetFileName(directory)[0]) && ReadTicks(stat, onlyCommand: "chromium") is { } ticks)
            {
                total += ticks;
            }
        }

        return total;
    }

    private static long? ReadTicks(string statPath, string? onlyCommand = null)
    {
        try
        {
            // "pid (comm) state ...": utime and stime are fields 14 and 15.
            var stat = File.ReadAllText(statPath);
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            if (onlyCommand is not null && stat[(open + 1)..close] != onlyCommand)
            {
                return null;
            }

            var fields = stat[(close + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // the process ended meanwhile
        }
    }
}
