using Course.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Course.Web.Components.Account;

/// <summary>
/// Makes sure both roles exist once the database is migrated (registered after the migrator). On a restart
/// <see cref="DatabaseStartup"/> has already found them, beside the content loading, and there is nothing to do.
/// </summary>
internal sealed class RoleSeeder(IServiceProvider services, DatabaseStartup startup) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await startup.RunAsync().WaitAsync(cancellationToken)).RolesExist)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in CourseRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                // Another replica may have created it at the same moment; only a real failure stops start-up.
                if (!result.Succeeded && !await roles.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException(
                        $"Could not create the role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
