using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Course.Web.Components.Telemetry;

/// <summary>Counts open Blazor circuits for <see cref="CourseMetrics"/>.</summary>
internal sealed class OpenCircuitsHandler(CourseMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
