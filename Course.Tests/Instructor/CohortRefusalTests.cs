using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Instructor;

/// <summary>
/// Bad input and people without the right are refused with a French message and store nothing: the same service
/// calls the circuit handlers make, so a forged circuit event cannot do more than the page allows.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CohortRefusalTests(PostgresServerFixture postgres)
{
    // One site per provider for all the bad names: starting a site is the slow part of these tests.
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_empty_or_over_long_name_is_refused_and_nothing_is_stored(string provider)
    {
        await using var site = await InstructorSite.StartAsync(provider, postgres, "cohort_names");
        await TestAccounts.CreateInstructorAsync(site.Services, "owner@example.org");
        var owner = await InstructorSite.PrincipalAsync(site.Services, "owner@example.org");
        var cohorts = site.Services.GetRequiredService<CohortService>();
        (string? Name, string Message)[] cases =
        [
            (null, "Donnez un nom à la cohorte."),
            ("", "Donnez un nom à la cohorte."),
            ("   ", "Donnez un nom à la cohorte."),
            (new string('x', 81), "Le nom de la cohorte ne doit pas dépasser 80 caractères (il en compte 81)."),
            (new string('é', 120), "Le nom de la cohorte ne doit pas dépasser 80 caractères (il en compte 120)."),
        ];

        foreach (var (name, message) in cases)
        {
            Assert.Equal(message, (await cohorts.CreateAsync(owner, new CohortDraft(name, null, null))).Error);
        }

        Assert.Equal(0, await InstructorSite.QueryAsync(site.Services, c => c.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task A_name_of_exactly_80_characters_is_accepted_and_an_end_before_the_start_is_refused()
    {
        await using var site = await InstructorSite.StartAsync("Sqlite", postgres, "cohort_dates");
        await TestAccounts.CreateInstructorAsync(site.Services, "owner@example.org");
        var owner = await InstructorSite.PrincipalAsync(site.Services, "owner@example.org");
        var cohorts = site.Services.GetRequiredService<CohortService>();

        var backwards = await cohorts.CreateAsync(owner, new CohortDraft("Atelier", new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 2)));
        var longest = await cohorts.CreateAsync(owner, new CohortDraft(new string('x', 80), null, null));

        Assert.Equal("La date de fin ne peut pas précéder la date de début.", backwards.Error);
        Assert.True(longest.Succeeded);
        Assert.Equal(1, await InstructorSite.QueryAsync(site.Services, c => c.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task A_bad_join_code_gets_a_french_message_and_changes_nothing()
    {
        await using var site = await InstructorSite.StartAsync("Sqlite", postgres, "cohort_bad_codes");
        await TestAccounts.CreateStudentAsync(site.Services, "student@example.org");
        var student = await InstructorSite.PrincipalAsync(site.Services, "student@example.org");
        var memberships = site.Services.GetRequiredService<CohortMembershipService>();
        (string? Code, JoinOutcomeKind Kind)[] cases =
        [
            (null, JoinOutcomeKind.Malformed), ("", JoinOutcomeKind.Malformed), ("ABC", JoinOutcomeKind.Malformed),
            ("0OIL1OIL", JoinOutcomeKind.Malformed), ("ABCD EFGH JK", JoinOutcomeKind.Malformed), ("ZZZZ-ZZZZ", JoinOutcomeKind.Unknown),
        ];

        foreach (var (code, kind) in cases)
        {
            var outcome = await memberships.JoinAsync(student, code);
            Assert.Equal(kind, outcome.Kind);
            Assert.Matches(kind == JoinOutcomeKind.Unknown ? "^Aucune cohorte n’a ce code" : "^Ce code n’a pas la bonne forme", outcome.Message);
        }

        var anonymous = await memberships.JoinAsync(new System.Security.Claims.ClaimsPrincipal(), "ZZZZZZZZ");
        Assert.Equal(JoinOutcomeKind.NotSignedIn, anonymous.Kind);
        Assert.Equal(0, await InstructorSite.QueryAsync(site.Services, c => c.CohortMemberships.CountAsync()));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Neither_another_instructor_nor_a_student_can_change_a_cohort(string provider)
    {
        await using var site = await InstructorSite.StartAsync(provider, postgres, "cohort_owner");
        var services = site.Services;
        await TestAccounts.CreateInstructorAsync(services, "owner@example.org");
        await TestAccounts.CreateInstructorAsync(services, "other@example.org");
        await TestAccounts.CreateStudentAsync(services, "student@example.org");
        var cohorts = services.GetRequiredService<CohortService>();
        var cohort = (await cohorts.CreateAsync(await InstructorSite.PrincipalAsync(services, "owner@example.org"), new CohortDraft("A", null, null))).Cohort!;

        foreach (var email in new[] { "other@example.org", "student@example.org" })
        {
            var intruder = await InstructorSite.PrincipalAsync(services, email);
            Assert.Equal(CohortOutcome.NotFound, await cohorts.ArchiveAsync(intruder, cohort.Id));
            Assert.Equal(CohortOutcome.NotFound, await cohorts.RegenerateCodeAsync(intruder, cohort.Id));
            Assert.Equal(CohortOutcome.NotFound, await cohorts.UpdateAtRiskRulesAsync(intruder, cohort.Id, new AtRiskRules(0.9, 1, 1)));
            Assert.Null(await cohorts.FindOwnedAsync(intruder, cohort.Id));
            Assert.Empty(await cohorts.ListOwnedAsync(intruder));
        }

        var studentCreates = await cohorts.CreateAsync(await InstructorSite.PrincipalAsync(services, "student@example.org"), new CohortDraft("B", null, null));
        Assert.Equal("Seul un formateur peut créer une cohorte.", studentCreates.Error);
        var stored = await InstructorSite.QueryAsync(services, c => c.Cohorts.SingleAsync());
        Assert.Equal((cohort.JoinCode, (DateTime?)null, 0.5, 5, 30),
            (stored.JoinCode, stored.ArchivedAt, stored.AtRiskScoreBelow, stored.AtRiskMinAnswers, stored.AtRiskIdleMinutes));
    }

    [Fact]
    public async Task An_instructor_whose_role_was_removed_is_refused_even_with_an_old_circuit_principal()
    {
        await using var site = await InstructorSite.StartAsync("Sqlite", postgres, "cohort_demoted");
        var services = site.Services;
        await TestAccounts.CreateInstructorAsync(services, "owner@example.org");
        var principal = await InstructorSite.PrincipalAsync(services, "owner@example.org");
        var cohorts = services.GetRequiredService<CohortService>();
        var cohort = (await cohorts.CreateAsync(principal, new CohortDraft("A", null, null))).Cohort!;
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
            await users.RemoveFromRoleAsync((await users.FindByEmailAsync("owner@example.org"))!, CourseRoles.Instructor);
        }

        Assert.Equal(CohortOutcome.NotFound, await cohorts.ArchiveAsync(principal, cohort.Id));
        Assert.Equal(CohortOutcome.NotFound, await cohorts.UpdateAtRiskRulesAsync(principal, cohort.Id, AtRiskRules.Default with { MinAnswers = 9 }));
        Assert.Null((await InstructorSite.QueryAsync(services, c => c.Cohorts.SingleAsync())).ArchivedAt);
    }

    [Fact]
    public async Task The_owner_changes_the_thresholds_and_bad_ones_are_refused()
    {
        await using var site = await InstructorSite.StartAsync("Sqlite", postgres, "cohort_rules");
        await TestAccounts.CreateInstructorAsync(site.Services, "owner@example.org");
        var owner = await InstructorSite.PrincipalAsync(site.Services, "owner@example.org");
        var cohorts = site.Services.GetRequiredService<CohortService>();
        var cohort = (await cohorts.CreateAsync(owner, new CohortDraft("A", null, null))).Cohort!;

        var refused = await cohorts.UpdateAtRiskRulesAsync(owner, cohort.Id, new AtRiskRules(1.5, 5, 30));
        var saved = await cohorts.UpdateAtRiskRulesAsync(owner, cohort.Id, new AtRiskRules(0.6, 3, 15));

        Assert.Equal("Le seuil de score doit être compris entre 0 et 100 %.", refused.Error);
        Assert.True(saved.Succeeded);
        var stored = await InstructorSite.QueryAsync(site.Services, c => c.Cohorts.SingleAsync());
        Assert.Equal((0.6, 3, 15), (stored.AtRiskScoreBelow, stored.AtRiskMinAnswers, stored.AtRiskIdleMinutes));
    }
}
