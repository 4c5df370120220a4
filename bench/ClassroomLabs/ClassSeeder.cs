using Course.Web.Components.Account;
using Course.Web.Components.Cluster.Reporter;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClassroomLabsBench;

/// <summary>One seeded student: the reporter token "Mon cluster" would show, and the sign-in cookie of their browser.</summary>
internal sealed record ClassStudent(int Index, string Id, string Email, string Token);

/// <summary>
/// Signs up the class in the running site's database through the site's own services (Identity, <see cref="LabTokens"/>,
/// the data-protection keys the site shares through the database): an instructor owning one cohort of N students, each
/// with a real reporter token. Cookies are made as the sign-in page makes them, so no password hashing runs on the site.
/// </summary>
internal sealed class ClassSeeder(IServiceProvider services)
{
    public async Task<(string InstructorEmail, List<ClassStudent> Students)> SeedAsync(int count)
    {
        var run = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var instructorEmail = $"formatrice-{run}@labs.bench";
        var instructorId = await CreateAsync(instructorEmail, CourseRoles.Instructor);
        var students = new List<ClassStudent>();
        var tokens = services.GetRequiredService<LabTokens>();
        for (var i = 0; i < count; i++)
        {
            var email = $"etudiant{i:000}-{run}@labs.bench";
            var id = await CreateAsync(email, CourseRoles.Student);
            students.Add(new ClassStudent(i, id, email, await tokens.IssueAsync(id)));
        }

        var contexts = services.GetRequiredService<IDbContextFactory<CourseDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var cohort = new Cohort { Name = $"Labos {run}", JoinCode = "L" + run, OwnerId = instructorId, CreatedAt = DateTime.UtcNow };
        foreach (var student in students)
        {
            cohort.Members.Add(new CohortMembership { UserId = student.Id, JoinedAt = DateTime.UtcNow });
        }

        context.Cohorts.Add(cohort);
        await context.SaveChangesAsync();
        return (instructorEmail, students);
    }

    /// <summary>The site's Identity cookie (name, value) for <paramref name="email"/>.</summary>
    public async Task<(string Name, string Value)> CookieAsync(string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CourseUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var now = DateTimeOffset.UtcNow;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(2) },
            IdentityConstants.ApplicationScheme);
        return (options.Cookie.Name!, options.TicketDataFormat.Protect(ticket));
    }

    private async Task<string> CreateAsync(string email, string role)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var user = new CourseUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(user), email);
        Check(await users.AddToRoleAsync(user, role), email);
        return user.Id;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not sign up {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
