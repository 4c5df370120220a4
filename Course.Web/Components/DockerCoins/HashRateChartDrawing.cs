using System.Globalization;
using System.Text;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// The chart's lines as SVG path data in a 1000 × 100 box that the page stretches to its width
/// (<c>preserveAspectRatio="none"</c>, strokes that do not scale), with the y axis' ticks. Built once per snapshot and
/// shared by every viewer, like <see cref="HashRateChartData"/>: a viewer's render only copies two strings.
/// </summary>
public sealed record HashRateChartDrawing(string SmoothedPath, string RawPath, double Top, IReadOnlyList<double> Ticks)
{
    public const double Width = 1000;

    public const double Height = 100;

    // A tick every 2 hachages/s (the plateau is near 10), at most 12 ticks: the step doubles on a faster deployment.
    private const double TickStep = 2;

    private const int MaxTicks = 12;

    // The scale starts at the embedded miner's plateau (10 hachages/s), so it does not jump with every change of a slow
    // rate, and a deployment's climb towards the plateau shows as such.
    private const double LowestTop = 10;

    internal static HashRateChartDrawing From(HashRateChartData chart)
    {
        var highest = chart.Smoothed.Concat(chart.Raw).Max(v => v ?? 0);
        var step = TickStep;
        while (Math.Ceiling(highest / step) > MaxTicks)
        {
            step *= 2;
        }

        var top = Math.Max(LowestTop, Math.Ceiling(highest / step) * step);
        var ticks = Enumerable.Range(0, (int)(top / step) + 1).Select(i => i * step).ToArray();
        return new HashRateChartDrawing(PathOf(chart.Smoothed, top), PathOf(chart.Raw, top), top, ticks);
    }

    /// <summary>Where a point of the chart's series is drawn across, from 0 to <see cref="Width"/>.</summary>
    public static double X(int index, int count) => count > 1 ? index * Width / (count - 1) : Width;

    /// <summary>Where a value is drawn down, from 0 (top) to <see cref="Height"/> (zero).</summary>
    public static double Y(double value, double top) => Height - value / top * Height;

    // A null value (a gap, a reset) ends the line; the next value starts a new one. A lone point is a dot (round caps).
    private static string PathOf(double?[] values, double top)
    {
        var path = new StringBuilder(values.Length * 12);
        var drawing = false;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value)
            {
                drawing = false;
                continue;
            }

            var next = i + 1 < values.Length && values[i + 1] is not null;
            path.Append(drawing ? 'L' : 'M')
                .Append(Number(X(i, values.Length))).Append(' ').Append(Number(Y(value, top)));
            if (!drawing && !next)
            {
                path.Append("h0");
            }

            drawing = true;
        }

        return path.ToString();
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
