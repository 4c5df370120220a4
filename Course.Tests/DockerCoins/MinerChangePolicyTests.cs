using System.Security.Claims;
using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.DockerCoins;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.DockerCoins;

/// <summary>
/// On a shared site, once an instructor is registered only instructors move the shared embedded miner; the rest of the
/// class sees it read-only, and a crafted event from a student changes nothing.
/// </summary>
public sealed class MinerChangePolicyTests
{
    [Fact]
    public async Task Anyone_may_change_the_miner_until_an_instructor_exists_then_only_instructors()
    {
        await using var site = new InMemorySiteFactory();
        _ = site.Server;
        var databases = site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.True(await new InstructorsChangeMiner(databases, TimeProvider.System).MayChangeAsync(anonymous));

        await TestAccounts.CreateInstructorAsync(site.Services, "formatrice@example.org");
        await TestAccounts.CreateStudentAsync(site.Services, "eleve@example.org");
        var policy = new InstructorsChangeMiner(databases, TimeProvider.System);

        Assert.False(await policy.MayChangeAsync(anonymous));
        Assert.False(await policy.MayChangeAsync(await PrincipalAsync(site.Services, "eleve@example.org")));
        Assert.True(await policy.MayChangeAsync(await PrincipalAsync(site.Services, "formatrice@example.org")));
    }

    [Fact]
    public async Task A_student_sees_the_controls_read_only_and_a_crafted_click_changes_nothing()
    {
        var miner = new FakeMinerControl(isEnabled: true, workers: 4);
        await using var context = new MinerControlsContext(miner, new DenyAll());

        var controls = context.Render<MinerControls>();

        Assert.NotNull(controls.Find("[data-miner-read-only]"));
        Assert.True(controls.Find("[data-action='add-worker']").HasAttribute("disabled"));
        await controls.Find("[data-action='add-worker']").ClickAsync(new());
        Assert.Equal(4, miner.WorkerCount);
    }

    [Fact]
    public async Task An_instructor_moves_the_miner()
    {
        var miner = new FakeMinerControl(isEnabled: true, workers: 4);
        await using var context = new MinerControlsContext(miner, new AnyoneMayChangeMiner());

        var controls = context.Render<MinerControls>();
        await controls.Find("[data-action='add-worker']").ClickAsync(new());

        Assert.Empty(controls.FindAll("[data-miner-read-only]"));
        Assert.Equal(5, miner.WorkerCount);
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CourseUser>>();
        return await signIn.CreateUserPrincipalAsync((await users.FindByEmailAsync(email))!);
    }

    private sealed class DenyAll : IMinerChangePolicy
    {
        public ValueTask<bool> MayChangeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);
    }

    private sealed class MinerControlsContext(IMinerControl miner, IMinerChangePolicy policy) : ComponentTestContext(services =>
    {
        services.AddSingleton(miner);
        services.AddSingleton(policy);
        services.AddCascadingAuthenticationState();
    });
}
