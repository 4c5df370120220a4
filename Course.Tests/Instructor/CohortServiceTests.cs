using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Instructor.Dashboard;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Components.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Instructor;

/// <summary>Creating, joining, archiving and regenerating cohorts, and the dashboard's data, on SQLite and PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CohortServiceTests(PostgresServerFixture postgres)
{
    private static readonly QuizQuestion Question = ShippedCourse.Content.AllQuestions[0];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_instructor_creates_a_cohort_students_join_with_its_code_and_the_dashboard_shows_their_answers(string provider)
    {
        await using var site = await InstructorSite.StartAsync(provider, postgres, "cohort_flow");
        var services = site.Services;
        await TestAccounts.CreateInstructorAsync(services, "owner@example.org");
        var studentId = await TestAccounts.CreateStudentAsync(services, "student@example.org");
        var owner = await InstructorSite.PrincipalAsync(services, "owner@example.org");
        var student = await InstructorSite.PrincipalAsync(services, "student@example.org");
        var cohorts = services.GetRequiredService<CohortService>();
        var memberships = services.GetRequiredService<CohortMembershipService>();

        var created = await cohorts.CreateAsync(owner, new CohortDraft("  Atelier Kubernetes  ", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)));

        Assert.True(created.Succeeded, created.Error);
        var cohort = created.Cohort!;
        Assert.Equal("Atelier Kubernetes", cohort.Name);
        Assert.Matches("^[A-HJKMNP-Z2-9]{8}$", cohort.JoinCode);
        var typed = $" {cohort.JoinCode[..4].ToLowerInvariant()}-{cohort.JoinCode[4..]} ";
        var joined = await memberships.JoinAsync(student, typed);
        Assert.Equal(JoinOutcomeKind.Joined, joined.Kind);
        var again = await memberships.JoinAsync(student, cohort.JoinCode);
        Assert.Equal((JoinOutcomeKind.AlreadyMember, "Vous faites déjà partie de « Atelier Kubernetes »."), (again.Kind, again.Message));
        Assert.Equal(1, await InstructorSite.QueryAsync(services, c => c.CohortMemberships.CountAsync()));

        var result = QuizGrader.Grade(Question, [.. Question.CorrectOptionIds]).Result!;
        await services.GetRequiredService<AnswerRecorder>().RecordAsync(studentId, Question, result);
        var dashboard = (await services.GetRequiredService<CohortDashboardLoader>().LoadAsync(cohort.Id))!;

        var row = Assert.Single(dashboard.Students);
        Assert.Equal(("student@example.org", 1, 1.0), (row.Student.Email, row.Answered, row.FirstTryScore!.Value));
        Assert.Equal((1, 1.0), (dashboard.Items[0].Respondents, dashboard.Items[0].Facility!.Value));
        var list = await cohorts.ListOwnedAsync(owner);
        Assert.Equal((cohort.Id, 1), (Assert.Single(list).Id, list[0].MemberCount));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Regenerating_retires_the_old_code_and_archiving_closes_the_cohort_to_newcomers(string provider)
    {
        await using var site = await InstructorSite.StartAsync(provider, postgres, "cohort_codes");
        var services = site.Services;
        await TestAccounts.CreateInstructorAsync(services, "owner@example.org");
        await TestAccounts.CreateStudentAsync(services, "first@example.org");
        await TestAccounts.CreateStudentAsync(services, "late@example.org");
        var owner = await InstructorSite.PrincipalAsync(services, "owner@example.org");
        var cohorts = services.GetRequiredService<CohortService>();
        var memberships = services.GetRequiredService<CohortMembershipService>();
        var cohort = (await cohorts.CreateAsync(owner, new CohortDraft("Promo 2026", null, null))).Cohort!;
        await memberships.JoinAsync(await InstructorSite.PrincipalAsync(services, "first@example.org"), cohort.JoinCode);

        var regenerated = (await cohorts.RegenerateCodeAsync(owner, cohort.Id)).Cohort!;
        var late = await InstructorSite.PrincipalAsync(services, "late@example.org");

        Assert.NotEqual(cohort.JoinCode, regenerated.JoinCode);
        Assert.Equal(JoinOutcomeKind.Unknown, (await memberships.JoinAsync(late, cohort.JoinCode)).Kind);
        Assert.Equal(JoinOutcomeKind.Joined, (await memberships.JoinAsync(late, regenerated.JoinCode.ToLowerInvariant())).Kind);
        Assert.Equal(2, (await cohorts.ListOwnedAsync(owner))[0].MemberCount);

        await TestAccounts.CreateStudentAsync(services, "after-archive@example.org");
        var archived = (await cohorts.ArchiveAsync(owner, cohort.Id)).Cohort!;
        var refused = await memberships.JoinAsync(await InstructorSite.PrincipalAsync(services, "after-archive@example.org"), archived.JoinCode);

        Assert.NotNull(archived.ArchivedAt);
        Assert.Equal(JoinOutcomeKind.Archived, refused.Kind);
        Assert.Equal("La cohorte « Promo 2026 » est archivée : elle n’accepte plus de nouveaux membres.", refused.Message);
        Assert.Equal(2, await InstructorSite.QueryAsync(services, c => c.CohortMemberships.CountAsync()));
        Assert.Null((await cohorts.RestoreAsync(owner, cohort.Id)).Cohort!.ArchivedAt);
    }
}
