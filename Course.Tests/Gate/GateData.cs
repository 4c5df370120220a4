using System.Security.Claims;
using Course.Content.Quizzes;
using Course.Tests.Account;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account.PasswordReset;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Gate;

/// <summary>The accounts and records the gate's pages need, made once per theme (a student answers a quiz in each).</summary>
public sealed record GateData(string StudentEmail, string InstructorEmail, int CohortId, string ResetLinkPath, QuizQuestion Question)
{
    public static async Task<GateData> CreateAsync(IServiceProvider services, string theme)
    {
        var studentEmail = $"gate-etudiant-{theme}@example.org";
        var instructorEmail = $"gate-formateur-{theme}@example.org";
        var student = await TestAccounts.CreateStudentAsync(services, studentEmail);
        var instructor = await TestAccounts.CreateInstructorAsync(services, instructorEmail);
        var cohort = await AccountData.CreateCohortAsync(services, instructor, $"Atelier <b>{theme}</b> \" onmouseover=\"alert(1)", student);
        var link = await services.GetRequiredService<PasswordResetLinks>().CreateAsync(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, instructor)], "test")), student);
        return new GateData(studentEmail, instructorEmail, cohort, link.Path!.TrimStart('/'), ShippedCourse.Content.AllQuestions[0]);
    }
}
