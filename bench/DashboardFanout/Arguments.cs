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
