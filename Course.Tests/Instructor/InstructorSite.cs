using System.Security.Claims;
using Course.Tests.Infrastructure;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Instructor;

/// <summary>Starts the site on SQLite or on the shared PostgreSQL, and gives the principals its circuits would carry.</summary>
internal static class InstructorSite
{
    public static async Task<InMemorySiteFactory> StartAsync(string provider, PostgresServerFixture postgres, string database)
    {
        var site = new InMemorySiteFactory();
        if (provider == "Postgres")
        {
            site.With("Database:Provider", "Postgres")
                .With("ConnectionStrings:Course", await postgres.CreateDatabaseAsync($"{database}_{Guid.NewGuid():N}"));
        }

        _ = site.Server;
        return site;
    }

    /// <summary>The principal Identity builds at sign-in for <paramref name="email"/> (claims, roles).</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CourseUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        return await signIn.CreateUserPrincipalAsync(user);
    }

    public static async Task<T> QueryAsync<T>(IServiceProvider services, Func<CourseDbContext, Task<T>> query)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContextAsync();
        return await query(context);
    }
}
