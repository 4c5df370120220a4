using System.Security.Claims;
using Course.Web.Components.Account.PersonalData;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Course.Web.Components.Account;

/// <summary>The account endpoints that are not pages: signing out (a form in the app bar) and the personal-data download.</summary>
internal static class AccountEndpoints
{
    public static WebApplication MapAccounts(this WebApplication app)
    {
        // Binding a [FromForm] value makes ASP.NET Core validate the antiforgery token: a forged sign-out gets 400.
        app.MapPost(AccountPaths.SignOut, async (
            [FromForm(Name = ReturnUrl.Parameter)] string? retour,
            ClaimsPrincipal user,
            SignInManager<CourseUser> signIn,
            ILoggerFactory loggers) =>
        {
            if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                AccountLog.SignedOut(loggers.CreateLogger(typeof(AccountEndpoints).FullName!), userId);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(ReturnUrl.LocalOrHome(retour));
        });

        app.MapGet(AccountPaths.PersonalDataExport, async (
            ClaimsPrincipal user,
            PersonalDataExport export,
            HttpContext context,
            CancellationToken cancellationToken) =>
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            var document = userId is null ? null : await export.CreateAsync(userId, cancellationToken);
            if (document is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.File(
                PersonalDataExport.ToJson(document),
                "application/json; charset=utf-8",
                $"donnees-personnelles-{document.ExportedAt:yyyy-MM-dd}.json");
        }).RequireAuthorization();

        // The sign-out form of a menu rendered in the circuit has no token (shared pages mint none, PageCache): the
        // browser asks for one here when the form is sent. Same-origin only: no CORS policy lets another site read it.
        app.MapGet(AccountPaths.AntiforgeryToken, (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken ?? ""));
        });

        return app;
    }
}
