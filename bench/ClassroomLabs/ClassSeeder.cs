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
        // The students in one transaction, as Identity would store them (normalized names, stamps, the student role):
        // 200 separate sign-ups would take minutes on a loaded machine and measure nothing the bench is about.
        var normalizer = services.GetRequiredService<ILookupNormalizer>();
        var contexts = services.GetRequiredService<IDbContextFactory<CourseDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var studentRole = await context.Roles.Where(r => r.Name == CourseRoles.Student).Select(r => r.Id).SingleAsync();
        var accounts = Enumerable.Range(0, count).Select(i => $"etudiant{i:000}-{run}@labs.bench").Select(email => new CourseUser
        {
            UserName = email, NormalizedUserName = normalizer.NormalizeName(email), Email = email, NormalizedEmail = normalizer.NormalizeEmail(email),
            EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), CreatedAt = DateTime.UtcNow,
        }).ToList();
        context.Users.AddRange(accounts);
        context.UserRoles.AddRange(accounts.Select(a => new IdentityUserRole<string> { UserId = a.Id, RoleId = studentRole }));
        var cohort = new Cohort { Name = $"Labos {run}", JoinCode = "L" + run, OwnerId = instructorId, CreatedAt = DateTime.UtcNow };
        foreach (var account in accounts)
        {
            cohort.Members.Add(new CohortMembership { UserId = account.Id, JoinedAt = DateTime.UtcNow });
        }

        context.Cohorts.Add(cohort);
        // The reporter tokens in the same transaction, stored as LabTokens.IssueAsync stores them (only their hash):
        // one issue per student is two writes each, 200 of them a minute and a half on a loaded machine.
        var students = accounts.Select((a, i) => new ClassStudent(i, a.Id, a.Email!, LabTokens.NewToken())).ToList();
        context.UserTokens.AddRange(students.Select(s => new IdentityUserToken<string>
        {
            UserId = s.Id, LoginProvider = LabTokens.Provider, Name = LabTokens.Name, Value = LabTokens.Hash(s.Token),
        }));
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
