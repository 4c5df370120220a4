using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Layout;

namespace Course.Tests.Layout;

public sealed class ReconnectModalTests : ComponentTestContext
{
    [Fact]
    public void The_banner_speaks_french_and_announces_its_state_politely()
    {
        var banner = Render<ReconnectModal>();

        var dialog = banner.Find("dialog#components-reconnect-modal");
        var status = dialog.QuerySelector("[role=status][aria-live=polite]")!;
        Assert.Contains("Connexion au serveur interrompue.", status.TextContent);
        Assert.Contains("Reconnexion en cours", status.TextContent);
        Assert.Contains("Nouvelle tentative dans", status.TextContent);
        Assert.NotNull(status.QuerySelector("#components-seconds-to-next-attempt"));
        Assert.Equal("Réessayer", banner.Find("#components-reconnect-button").TextContent.Trim());
        Assert.Equal("Reprendre", banner.Find("#components-resume-button").TextContent.Trim());
        foreach (var english in new[] { "Rejoin", "Retry", "Resume", "seconds", "Failed", "paused by the server" })
        {
            Assert.DoesNotContain(english, dialog.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_banner_opens_without_a_modal_so_the_page_stays_readable()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Course.Web", "Components", "Layout", "ReconnectModal.razor.js"));

        Assert.DoesNotContain("showModal", script, StringComparison.Ordinal);
        Assert.Contains("reconnectModal.show()", script, StringComparison.Ordinal);
    }
}
