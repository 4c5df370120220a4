using Course.Web.Components.Account.Forms;
using Course.Web.Components.Account.Instructors;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Course.Web.Components.Account.Commands;

/// <summary>
/// <c>dotnet Course.Web.dll add-instructor &lt;email&gt;</c>: the first instructor. Migrates the database (the hosted
/// services that do it at start-up do not run for a command), then promotes the account of that address to
/// <see cref="CourseRoles.Instructor"/>, or creates it with the password read from standard input (one line). An
/// existing account keeps its password: nothing is read from standard input for it.
/// </summary>
internal static class AddInstructorCommand
{
    public const string Name = "add-instructor";

    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <param name="readPassword">Reads one line of standard input (hidden on a terminal); null at its end.</param>
    public static async Task<int> RunAsync(
        IServiceProvider services,
        IReadOnlyList<string> arguments,
        Func<string?> readPassword,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken = default)
    {
        if (arguments.Count != 1)
        {
            await error.WriteLineAsync(
                "Usage : dotnet Course.Web.dll add-instructor <adresse e-mail>   (mot de passe sur l’entrée standard / password on standard input)");
            return Usage;
        }

        var email = EmailAddress.Normalize(arguments[0]);
        if (EmailAddress.Problem(email) is { } problem)
        {
            await error.WriteLineAsync($"{problem} / Not a valid e-mail address: {email}");
            return Usage;
        }

        try
        {
            await PrepareDatabaseAsync(services, cancellationToken);
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync($"Configuration de la base invalide / Invalid database settings: {exception.Message}");
            return Failed;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            email = existing.Email!;
            var (outcome, _) = await scope.ServiceProvider.GetRequiredService<InstructorPromotion>().PromoteAsync(email, Name);
            await output.WriteLineAsync(outcome == InstructorPromotionOutcome.AlreadyInstructor
                ? $"{email} est déjà formateur ; rien n’a changé. / {email} is already an instructor; nothing changed."
                : $"{email} est maintenant formateur (compte existant, mot de passe inchangé). / {email} is now an instructor (existing account, password unchanged).");
            return Succeeded;
        }

        var password = readPassword();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync(
                $"Aucun mot de passe lu sur l’entrée standard pour créer {email}. / No password on standard input to create {email}.");
            return Failed;
        }

        if (password.Length > PasswordRules.MaximumLength)
        {
            await error.WriteLineAsync($"Mot de passe trop long (au plus {PasswordRules.MaximumLength} caractères). / Password too long.");
            return Failed;
        }

        var (user, errors) = await scope.ServiceProvider.GetRequiredService<AccountCreation>()
            .CreateAsync(email, password, displayName: null, CourseRoles.Instructor);
        if (user is null)
        {
            await error.WriteLineAsync($"Compte non créé / Account not created ({PasswordRules.Description}) :");
            foreach (var description in errors.Select(e => e.Description).Distinct())
            {
                await error.WriteLineAsync($"  - {description}");
            }

            return Failed;
        }

        await output.WriteLineAsync($"Compte formateur créé : {email} / Instructor account created: {email}");
        return Succeeded;
    }

    // The same code the site runs at start-up, in the same order.
    private static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await ActivatorUtilities.CreateInstance<DatabaseMigrator>(services).StartAsync(cancellationToken);
        await ActivatorUtilities.CreateInstance<RoleSeeder>(services).StartAsync(cancellationToken);
    }
}
