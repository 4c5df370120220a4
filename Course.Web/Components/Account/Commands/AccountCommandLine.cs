using System.Text;

namespace Course.Web.Components.Account.Commands;

/// <summary>Runs an administration command named on the command line instead of serving the site.</summary>
internal static class AccountCommandLine
{
    /// <summary>
    /// True when <paramref name="args"/> named a command, which has then run and set the process's exit code:
    /// the caller returns without serving. Synchronous on purpose: an async entry point changes how
    /// WebApplicationFactory reports a start-up failure (an ObjectDisposedException instead of the real reason).
    /// </summary>
    public static bool RunCommand(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != AddInstructorCommand.Name)
        {
            return false;
        }

        Environment.ExitCode = AddInstructorCommand.RunAsync(
            app.Services, args[1..], ReadPassword, Console.Out, Console.Error, app.Lifetime.ApplicationStopping).GetAwaiter().GetResult();
        return true;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        // On a terminal: prompt, and do not echo the password.
        Console.Error.Write("Mot de passe / Password: ");
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
