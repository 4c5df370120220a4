using Course.Web.Components.Account.Instructors;
using Course.Web.Components.Account.PasswordReset;
using Course.Web.Components.Account.PersonalData;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Course.Web.Components.Account;

/// <summary>
/// ASP.NET Core Identity on the course database: cookie sign-in, roles <see cref="CourseRoles"/>, lockout after
/// 5 failures for 5 minutes, and the authentication state of each circuit. Register after <c>AddCourseData</c>.
/// </summary>
internal static class AccountRegistration
{
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ConfigureCookie);

        services.AddIdentityCore<CourseUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CourseDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<CourseClaimsPrincipalFactory>();
        // Password-reset links an instructor hands to a student are valid for 24 hours.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(24));

        services.AddAuthorizationBuilder()
            .AddPolicy(CoursePolicies.Instructor, policy => policy.RequireAuthenticatedUser().RequireRole(CourseRoles.Instructor));

        services.AddHostedService<RoleSeeder>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AccountCreation>();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<InstructorPromotion>();
        services.AddSingleton<PersonalDataExport>();
        services.AddSingleton<PasswordResetLinks>();
        services.AddSingleton<Course.Web.Components.DockerCoins.IMinerChangePolicy, InstructorsChangeMiner>();
        return builder;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        cookie.LoginPath = AccountPaths.SignIn;
        cookie.LogoutPath = AccountPaths.SignOut;
        cookie.AccessDeniedPath = AccountPaths.AccessDenied;
        cookie.ReturnUrlParameter = "retour";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
        cookie.SlidingExpiration = true;
    }
}
