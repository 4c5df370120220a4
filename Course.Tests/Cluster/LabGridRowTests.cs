using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Lab;

namespace Course.Tests.Cluster;

/// <summary>
/// A row of the instructor's labs grid says the lab's state, not the seconds since its last heartbeat: with two hundred
/// rows, a counter would redraw every row every second (and send each redraw to the instructor's browser).
/// </summary>
public sealed class LabGridRowTests : ComponentTestContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void A_row_is_redrawn_when_its_lab_changes_state_not_when_only_seconds_pass()
    {
        var state = new LabState(LabOrigin.Reporter, LabSnapshot.Empty(Now), null, Now.AddSeconds(-3));
        var row = Render<LabGridRow>(p => p
            .Add(r => r.UserId, "student-1").Add(r => r.Email, "ada@example.org")
            .Add(r => r.State, state).Add(r => r.Now, Now).Add(r => r.Refreshed, Now));
        Assert.Equal("Données du cluster à jour", row.Find("[data-lab-agent]").TextContent);
        var renders = row.RenderCount;

        foreach (var seconds in new[] { 1, 2, 10, 30 })
        {
            row.Render(p => p.Add(r => r.Now, Now.AddSeconds(seconds)));
        }

        Assert.Equal(renders, row.RenderCount);
        Assert.Equal("live", row.Find("tr").GetAttribute("data-freshness"));

        row.Render(p => p.Add(r => r.Now, Now.AddSeconds(60)));
        Assert.Equal("stale", row.Find("tr").GetAttribute("data-freshness"));
        Assert.Equal("Données du cluster périmées", row.Find("[data-lab-agent]").TextContent);

        row.Render(p => p.Add(r => r.Now, Now.AddSeconds(200)));
        Assert.Equal("disconnected", row.Find("tr").GetAttribute("data-freshness"));
        Assert.Equal("Agent déconnecté", row.Find("[data-lab-agent]").TextContent);
    }
}
