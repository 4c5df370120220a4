using System.ComponentModel.DataAnnotations;

namespace Course.Web.Components.Circuits;

/// <summary>
/// How many Blazor circuits one client address may open (section "CircuitLimits"). Each open chapter holds about
/// 1.8 MB of server memory. A whole class behind one school router shares an address: the default lets 30 students
/// open a page at the same instant.
/// </summary>
internal sealed class CircuitLimitOptions
{
    public const string Section = "CircuitLimits";

    /// <summary>Circuits one address may open per <see cref="Window"/>.</summary>
    [Range(1, 100_000, ErrorMessage = "CircuitLimits:PermitLimit must be between 1 and 100000.")]
    public int PermitLimit { get; set; } = 60;

    /// <summary>The window the permits are counted in.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "CircuitLimits:Window must be between 1 second and 1 hour.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
