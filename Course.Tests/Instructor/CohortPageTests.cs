using System.Security.Claims;
using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Instructor.Dashboard;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Instructor;

/// <summary>
/// The cohort page rendered with bUnit on a real site's services and database: its circuit handlers re-check on the
/// server that the user is still an instructor and the owner when they run, not only when the page loaded.
/// </summary>
public sealed class CohortPageTests : ComponentTestContext, IAsyncLifetime
{
    private readonly InMemorySiteFactory _site;
    private readonly SignedInUser _user;
    private Cohort _cohort = default!;
    private string _ownerId = "";

    public CohortPageTests()
        : this(new InMemorySiteFactory(), new SignedInUser())
    {
    }

    // The page's services come from the real site, resolved when the page first asks for them; the signed-in user is
    // the principal Identity builds at sign-in, cascaded as the circuit's authentication state.
    private CohortPageTests(InMemorySiteFactory site, SignedInUser user)
        : base(services =>
        {
            services.AddCascadingValue(_ => Task.FromResult(new AuthenticationState(user.Principal)));
            services.AddSingleton(_ => site.Services.GetRequiredService<CohortService>());
            services.AddSingleton(_ => site.Services.GetRequiredService<CohortDashboardLoader>());
            services.AddSingleton(_ => site.Services.GetRequiredService<ICohortDashboardFeed>());
            services.AddSingleton(_ => site.Services.GetRequiredService<Course.Web.Components.Account.PasswordReset.PasswordResetLinks>());
        }) => (_site, _user) = (site, user);

    public async Task InitializeAsync()
    {
        var services = _site.Services;
        _ownerId = await TestAccounts.CreateInstructorAsync(services, "owner@example.org");
        var studentId = await TestAccounts.CreateStudentAsync(services, "student@example.org");
        var owner = await InstructorSite.PrincipalAsync(services, "owner@example.org");
        _cohort = (await services.GetRequiredService<CohortService>().CreateAsync(owner, new CohortDraft("Atelier bUnit", null, null))).Cohort!;
        await services.GetRequiredService<CohortMembershipService>().JoinAsync(await InstructorSite.PrincipalAsync(services, "student@example.org"), _cohort.JoinCode);
        _ = studentId;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task The_owner_sees_the_code_and_the_students_then_archives_and_regenerates()
    {
        await SignInAsync("owner@example.org");

        var page = Render<CohortPage>(p => p.Add(c => c.Id, _cohort.Id));

        page.WaitForAssertion(() => Assert.Equal(_cohort.JoinCode, page.Find("[data-join-code]").TextContent), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Equal("0", page.Find("[data-student='student@example.org']").GetAttribute("data-answered")), TimeSpan.FromSeconds(10));
        await page.Find("[data-regenerate-code]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.NotEqual(_cohort.JoinCode, page.Find("[data-join-code]").TextContent), TimeSpan.FromSeconds(10));
        await page.Find("[data-archive]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("Cohorte archivée", page.Find("[data-cohort-action-status]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        var stored = await StoredAsync();
        Assert.NotNull(stored.ArchivedAt);
        Assert.Equal(page.Find("[data-join-code]").TextContent, stored.JoinCode);
    }

    [Fact]
    public async Task A_click_after_the_instructor_role_was_removed_is_refused_and_changes_nothing()
    {
        await SignInAsync("owner@example.org");
        var page = Render<CohortPage>(p => p.Add(c => c.Id, _cohort.Id));
        page.WaitForAssertion(() => page.Find("[data-archive]"), TimeSpan.FromSeconds(10));
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
            await users.RemoveFromRoleAsync((await users.FindByIdAsync(_ownerId))!, CourseRoles.Instructor);
        }

        await page.Find("[data-archive]").ClickAsync(new());
        await page.Find("[data-regenerate-code]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Cohorte introuvable, ou vous n’en êtes pas le formateur.", page.Find("[data-cohort-action-status]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var stored = await StoredAsync();
        Assert.Equal((_cohort.JoinCode, (DateTime?)null), (stored.JoinCode, stored.ArchivedAt));
    }

    [Fact]
    public async Task Another_instructor_gets_no_cohort_and_no_controls()
    {
        await TestAccounts.CreateInstructorAsync(_site.Services, "other@example.org");
        await SignInAsync("other@example.org");

        var page = Render<CohortPage>(p => p.Add(c => c.Id, _cohort.Id));

        await Task.Delay(500);
        Assert.Empty(page.FindAll("[data-join-code]"));
        Assert.Empty(page.FindAll("[data-archive]"));
        Assert.DoesNotContain("Atelier bUnit", page.Markup, StringComparison.Ordinal);
    }

    private async Task SignInAsync(string email) => _user.Principal = await InstructorSite.PrincipalAsync(_site.Services, email);

    private async Task<Cohort> StoredAsync() =>
        await InstructorSite.QueryAsync(_site.Services, c => c.Cohorts.AsNoTracking().SingleAsync(x => x.Id == _cohort.Id));

    private sealed class SignedInUser
    {
        public ClaimsPrincipal Principal { get; set; } = new();
    }
}
