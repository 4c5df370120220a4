using System.Globalization;
using System.Text.RegularExpressions;

namespace ClassroomLoad;

/// <summary>
/// The server's own count of open Blazor circuits during the load: its <c>course.circuits.open</c> gauge
/// (<c>OpenCircuitsHandler</c>), read once a second from the site's Prometheus endpoint. Proof that the Chromium
/// students hold real circuits, counted by the server rather than by the driver.
/// </summary>
internal sealed partial class OpenCircuits(Uri endpoint)
{
    private readonly List<double> _samples = [];

    /// <summary>"max M, median D over the window (N samples)".</summary>
    public string Summary
    {
        get
        {
            if (_samples.Count == 0)
            {
                return "no sample";
            }

            var sorted = _samples.Order().ToArray();
            return string.Create(CultureInfo.InvariantCulture,
                $"max {sorted[^1]:0}, median {sorted[sorted.Length / 2]:0}, at the end {_samples[^1]:0} ({_samples.Count} samples)");
        }
    }

    public async Task SampleAsync(CancellationToken stop)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var text = await client.GetStringAsync(endpoint, stop);
                var match = Gauge().Match(text);
                if (match.Success)
                {
                    _samples.Add(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // A scrape the busy site did not answer in time: the next one will.
            }

            try
            {
                await Task.Delay(1000, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [GeneratedRegex(@"^course_circuits_open(?:\{[^}]*\})? ([0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Gauge();
}
