using Course.Web.Components.Cluster;
using Course.Web.Components.Cluster.Lab;

namespace Course.Tests.Cluster;

/// <summary>A reporter that goes silent is shown stale, then disconnected; other sources say what they are.</summary>
public sealed class LabFreshnessTests
{
    private static readonly DateTimeOffset Contact = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(10, "live", "À jour (dernier signe de l’agent il y a 10 s)")]
    [InlineData(60, "stale", "Données périmées depuis 30 s")]
    [InlineData(125, "disconnected", "Agent déconnecté : aucune nouvelle depuis 125 s")]
    public void A_reporter_is_live_then_stale_then_disconnected_as_heartbeats_stop(int secondsSinceContact, string kind, string text)
    {
        var state = new LabState(LabOrigin.Reporter, LabSnapshot.Empty(Contact), null, Contact);
        var freshness = LabFreshness.Of(state, Contact.AddSeconds(secondsSinceContact));
        Assert.Equal((kind, text), (freshness.Kind, freshness.Text));
    }

    [Fact]
    public void The_demonstration_is_simulated_and_a_direct_cluster_with_a_problem_shows_its_last_known_state()
    {
        Assert.Equal(LabFreshness.Simulated, LabFreshness.Of(LabState.Connecting(LabOrigin.Demonstration), Contact).Kind);
        var degraded = new LabState(LabOrigin.Direct, LabSnapshot.Empty(Contact), new LabProblem(LabProblemKind.Unreachable, "x"), Contact);
        Assert.Equal((LabFreshness.Stale, "Reconnexion au cluster… (dernier état connu affiché)"), (LabFreshness.Of(degraded, Contact.AddSeconds(5)) is var f ? (f.Kind, f.Text) : default));
        Assert.Equal(LabFreshness.Connecting, LabFreshness.Of(LabState.Connecting(LabOrigin.Direct), Contact).Kind);
    }
}
