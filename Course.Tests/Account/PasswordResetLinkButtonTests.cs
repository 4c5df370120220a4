using System.Security.Claims;
using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.Account.PasswordReset;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Account;

/// <summary>The dashboard's reset-link button, on a real site's database: the server decides, whatever the page shows.</summary>
public sealed class PasswordResetLinkButtonTests : ComponentTestContext, IAsyncLifetime
{
    private readonly InMemorySiteFactory _site;

    public PasswordResetLinkButtonTests()
        : this(new InMemorySiteFactory())
    {
    }

    private PasswordResetLinkButtonTests(InMemorySiteFactory site)
        : base(services => services.AddSingleton(_ => site.Services.GetRequiredService<PasswordResetLinks>()))
    {
        _site = site;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task The_owner_gets_a_link_to_copy_announced_to_screen_readers()
    {
        var owner = await TestAccounts.CreateInstructorAsync(_site.Services, "owner@example.org");
        var student = await TestAccounts.CreateStudentAsync(_site.Services, "etudiant@example.org");
        await AccountData.CreateCohortAsync(_site.Services, owner, "Atelier", student);
        var button = Render<PasswordResetLinkButton>(p => p
            .AddCascadingValue(SignedIn(owner, "owner@example.org"))
            .Add(b => b.StudentId, student)
            .Add(b => b.StudentEmail, "etudiant@example.org"));
        await button.Find("[data-testid=reset-link-create]").ClickAsync(new());

        button.WaitForAssertion(() =>
        {
            var link = button.Find(".reset-link__result input").GetAttribute("value");
            Assert.StartsWith($"http://localhost{AccountPaths.ResetPassword}?utilisateur={student}&code=", link);
            var status = button.Find("[role=status]");
            Assert.Contains("Lien créé pour etudiant@example.org", status.TextContent);
        });
    }

    [Fact]
    public async Task Another_instructor_is_refused_in_French_and_sees_no_link()
    {
        var owner = await TestAccounts.CreateInstructorAsync(_site.Services, "owner@example.org");
        var other = await TestAccounts.CreateInstructorAsync(_site.Services, "other@example.org");
        var student = await TestAccounts.CreateStudentAsync(_site.Services, "etudiant@example.org");
        await AccountData.CreateCohortAsync(_site.Services, owner, "Atelier", student);
        var button = Render<PasswordResetLinkButton>(p => p
            .AddCascadingValue(SignedIn(other, "other@example.org"))
            .Add(b => b.StudentId, student)
            .Add(b => b.StudentEmail, "etudiant@example.org"));
        await button.Find("[data-testid=reset-link-create]").ClickAsync(new());

        button.WaitForAssertion(() =>
        {
            Assert.Contains("n’est inscrit à aucune de vos cohortes", button.Find("[role=status]").TextContent);
            Assert.Empty(button.FindAll(".reset-link__result"));
        });
    }

    // The instructor's principal, as the circuit's cascading authentication state gives it (role claim included:
    // the server must not trust it, and re-reads the role from the database).
    private static Task<AuthenticationState> SignedIn(string userId, string email) => Task.FromResult(new AuthenticationState(
        new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, CourseRoles.Instructor)],
            "test"))));
}
