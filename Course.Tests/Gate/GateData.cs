using System.Security.Claims;
using Course.Content.Quizzes;
using Course.Tests.Account;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account.PasswordReset;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Gate;

/// <summary>The accounts and records the gate's pages need, made once per theme (a student answers a quiz in each).</summary>
public sealed record GateData(string StudentEmail, string InstructorEmail, int CohortId, string ResetLinkPath, QuizQuestion Question)
{
    /// <summary>
    /// What a hostile student or instructor types as a name: a script, an event handler and a javascript: URL. Any of
    /// them running sets window.__xss (and breaks the Content-Security-Policy, which the gate reports too).
    /// </summary>
    public const string Hostile = "<script>window.__xss=1</script><img src=x onerror=window.__xss=2>";

    public static async Task<GateData> CreateAsync(IServiceProvider services, string theme)
    {
        var studentEmail = $"gate-etudiant-{theme}@example.org";
        var instructorEmail = $"gate-formateur-{theme}@example.org";
        var student = await TestAccounts.CreateStudentAsync(services, studentEmail);
        var instructor = await TestAccounts.CreateInstructorAsync(services, instructorEmail);
        var cohort = await AccountData.CreateCohortAsync(services, instructor, $"{theme} {Hostile}", student);
        await SetDisplayNameAsync(services, studentEmail, $"Élève {Hostile}");
        var link = await services.GetRequiredService<PasswordResetLinks>().CreateAsync(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, instructor)], "test")), student);
        return new GateData(studentEmail, instructorEmail, cohort, link.Path!.TrimStart('/'), ShippedCourse.Content.AllQuestions[0]);
    }

    private static async Task SetDisplayNameAsync(IServiceProvider services, string email, string displayName)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        user.DisplayName = displayName;
        await users.UpdateAsync(user);
    }
}
