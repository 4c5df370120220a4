using System.Net;
using System.Security.Claims;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.Account.PasswordReset;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Course.Tests.Account;

/// <summary>Instructor-issued reset links: who may create one, and the reset page that spends it.</summary>
public sealed class PasswordResetTests : IAsyncLifetime
{
    private const string NewPassword = "Nouveau2026mdp";
    private readonly InMemorySiteFactory _site = new();
    private string _owner = "";
    private string _student = "";

    public async Task InitializeAsync()
    {
        _owner = await TestAccounts.CreateInstructorAsync(_site.Services, "formatrice@example.org");
        _student = await TestAccounts.CreateStudentAsync(_site.Services, "oubli@example.org");
        await AccountData.CreateCohortAsync(_site.Services, _owner, "Atelier reset", _student);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private PasswordResetLinks Links => _site.Services.GetRequiredService<PasswordResetLinks>();

    [Fact]
    public async Task The_owner_of_the_students_cohort_gets_a_link_valid_24_hours()
    {
        var link = await Links.CreateAsync(Principal(_owner), _student);

        Assert.True(link.Created, link.Refusal);
        Assert.StartsWith($"{AccountPaths.ResetPassword}?utilisateur={_student}&code=", link.Path);
        Assert.InRange(link.ExpiresAt!.Value - DateTime.UtcNow, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
        Assert.Equal(TimeSpan.FromHours(24), _site.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
    }

    [Fact]
    public async Task Other_instructors_students_outside_the_cohort_instructors_and_students_are_refused()
    {
        var other = await TestAccounts.CreateInstructorAsync(_site.Services, "autre-formateur@example.org");
        var outsider = await TestAccounts.CreateStudentAsync(_site.Services, "ailleurs@example.org");
        var colleague = await TestAccounts.CreateInstructorAsync(_site.Services, "collegue@example.org");
        await AccountData.CreateCohortAsync(_site.Services, other, "Autre atelier", outsider);
        await AccountData.CreateCohortAsync(_site.Services, _owner, "Atelier mixte", colleague);
        var classmate = await TestAccounts.CreateStudentAsync(_site.Services, "camarade@example.org");
        await AccountData.CreateCohortAsync(_site.Services, _owner, "Atelier camarade", classmate);

        var refusals = new[]
        {
            await Links.CreateAsync(Principal(other), _student),
            await Links.CreateAsync(Principal(_owner), outsider),
            await Links.CreateAsync(Principal(_owner), colleague),
            await Links.CreateAsync(Principal(classmate), _student),
            await Links.CreateAsync(new ClaimsPrincipal(new ClaimsIdentity()), _student),
            await Links.CreateAsync(Principal(_owner), "pas-un-compte"),
        };

        Assert.All(refusals, r => Assert.False(r.Created));
        Assert.Equal(
            [
                "Ce compte n’est inscrit à aucune de vos cohortes : vous ne pouvez pas réinitialiser son mot de passe.",
                "Ce compte n’est inscrit à aucune de vos cohortes : vous ne pouvez pas réinitialiser son mot de passe.",
                "Ce compte est un compte formateur : son mot de passe ne peut pas être réinitialisé par un lien.",
                "Seuls les formateurs peuvent créer un lien de réinitialisation.",
                "Connectez-vous avec un compte formateur pour créer un lien de réinitialisation.",
                "Ce compte n’existe plus.",
            ],
            refusals.Select(r => r.Refusal));
    }

    [Fact]
    public async Task The_link_sets_a_new_password_once_and_lifts_a_lockout()
    {
        using var client = AccountForms.Client(_site);
        for (var failure = 1; failure <= 5; failure++)
        {
            await AccountForms.SignInAsync(client, "oubli@example.org", $"oublie{failure}x");
        }

        var link = (await Links.CreateAsync(Principal(_owner), _student)).Path!;
        var form = await AccountForms.HtmlAsync(await client.GetAsync(link));
        Assert.Contains("oubli@example.org", form);

        var mismatch = await ResetAsync(client, link, NewPassword, NewPassword + "x");
        Assert.Equal("Les deux mots de passe ne sont pas identiques.", AccountForms.FieldError(await AccountForms.HtmlAsync(mismatch), "Input.Confirmation"));
        var weak = await AccountForms.HtmlAsync(await ResetAsync(client, link, "court", "court"));
        Assert.Contains("au moins 8 caractères", AccountForms.FieldError(weak, "Input.Password"));
        Assert.Contains("au moins un chiffre", AccountForms.FieldError(weak, "Input.Password"));

        var done = await AccountForms.HtmlAsync(await ResetAsync(client, link, NewPassword, NewPassword));
        Assert.Contains("data-testid=\"reset-done\"", done);

        var signIn = await AccountForms.SignInAsync(client, "oubli@example.org", NewPassword);
        Assert.True(AccountForms.SetsIdentityCookie(signIn), "The new password did not sign in (still locked out?).");

        var again = await AccountForms.HtmlAsync(await client.GetAsync(link));
        Assert.Contains("Ce lien n’est plus valable : il a déjà servi ou il a expiré", again);
        Assert.DoesNotContain("Input.Password", again);
    }

    [Fact]
    public async Task A_link_posted_twice_changes_the_password_only_once()
    {
        using var client = AccountForms.Client(_site);
        var link = (await Links.CreateAsync(Principal(_owner), _student)).Path!;
        var page = await AccountForms.HtmlAsync(await client.GetAsync(link));
        var (_, hidden) = AccountForms.FindForm(page, "nouveau-mot-de-passe");

        await ResetAsync(client, link, NewPassword, NewPassword);
        var replay = await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>(hidden)
        {
            ["Input.Password"] = "Autre2026mdp",
            ["Input.Confirmation"] = "Autre2026mdp",
        }));

        Assert.Contains("Ce lien n’est plus valable", await AccountForms.HtmlAsync(replay));
        Assert.True(AccountForms.SetsIdentityCookie(await AccountForms.SignInAsync(client, "oubli@example.org", NewPassword)));
    }

    [Fact]
    public async Task An_altered_link_gets_a_French_message()
    {
        using var client = AccountForms.Client(_site);
        var link = (await Links.CreateAsync(Principal(_owner), _student)).Path!;

        var truncated = await AccountForms.HtmlAsync(await client.GetAsync(link[..^12]));
        var noCode = await AccountForms.HtmlAsync(await client.GetAsync($"{AccountPaths.ResetPassword}?utilisateur={_student}"));

        Assert.Contains("data-testid=\"reset-link-invalid\"", truncated);
        Assert.Contains("Ce lien est incomplet ou altéré.", noCode);
    }

    [Fact]
    public async Task An_expired_link_gets_a_French_message()
    {
        // The same site with links that expire almost at once (the real lifespan, 24 h, is checked above).
        await using var shortLived = _site.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromMilliseconds(1))));
        var owner = await TestAccounts.CreateInstructorAsync(shortLived.Services, "formatrice@example.org");
        var student = await TestAccounts.CreateStudentAsync(shortLived.Services, "oubli@example.org");
        var link = (await shortLived.Services.GetRequiredService<PasswordResetLinks>().CreateAsync(Principal(owner), student)).Path!;
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        using var client = AccountForms.Client(shortLived);
        var html = await AccountForms.HtmlAsync(await client.GetAsync(link));

        Assert.Contains("Ce lien n’est plus valable : il a déjà servi ou il a expiré (un lien vaut 24 heures).", html);
    }

    private static Task<HttpResponseMessage> ResetAsync(HttpClient client, string link, string password, string confirmation) =>
        AccountForms.SubmitAsync(client, link, "nouveau-mot-de-passe", new Dictionary<string, string>
        {
            ["Input.Password"] = password,
            ["Input.Confirmation"] = confirmation,
        });

    private static ClaimsPrincipal Principal(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
}
