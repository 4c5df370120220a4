using System.Diagnostics;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.Account.Commands;
using Course.Web.Components.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Course.Tests.Account;

/// <summary><c>add-instructor</c>: in process on a fresh database, and once through the built Course.Web.dll.</summary>
public sealed class AddInstructorCommandTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Creates_the_first_instructor_on_a_fresh_database_then_leaves_it_alone()
    {
        await using var app = BuildApp();

        var (code, output, error) = await RunAsync(app, ["premier@example.org"], "Formateur2026");

        Assert.True(code == AddInstructorCommand.Succeeded, error);
        Assert.Equal("Compte formateur créé : premier@example.org / Instructor account created: premier@example.org", output.Trim());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Course.Web.Data.Entities.CourseUser>>();
            var user = await users.FindByEmailAsync("premier@example.org");
            Assert.NotNull(user);
            Assert.Equal([CourseRoles.Instructor], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, "Formateur2026"));
        }

        // Run again: the account exists, nothing is read from standard input, nothing changes.
        (code, output, _) = await RunAsync(app, ["premier@example.org"], password: null);
        Assert.Equal(AddInstructorCommand.Succeeded, code);
        Assert.Contains("premier@example.org est déjà formateur", output);
    }

    [Fact]
    public async Task Promotes_an_existing_account_without_touching_its_password()
    {
        await using var app = BuildApp();
        Assert.Equal(AddInstructorCommand.Succeeded, (await RunAsync(app, ["autre@example.org"], "Formateur2026")).Code);
        var studentId = await TestAccounts.CreateStudentAsync(app.Services, "etudiante@example.org");

        var (code, output, _) = await RunAsync(app, ["Etudiante@Example.org"], "IgnoreMe2026");

        Assert.Equal(AddInstructorCommand.Succeeded, code);
        Assert.Contains("etudiante@example.org est maintenant formateur (compte existant, mot de passe inchangé)", output);
        Assert.Contains(CourseRoles.Instructor, await AccountData.RolesAsync(app.Services, studentId));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Course.Web.Data.Entities.CourseUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(studentId))!, TestAccounts.Password));
    }

    [Theory]
    [InlineData(new string[0], "bon-mot-2026", AddInstructorCommand.Usage, "Usage : dotnet Course.Web.dll add-instructor")]
    [InlineData(new[] { "a@example.org", "b@example.org" }, "bon-mot-2026", AddInstructorCommand.Usage, "Usage")]
    [InlineData(new[] { "pas-une-adresse" }, "bon-mot-2026", AddInstructorCommand.Usage, "n’est pas une adresse e-mail valide")]
    [InlineData(new[] { "vide@example.org" }, null, AddInstructorCommand.Failed, "Aucun mot de passe lu sur l’entrée standard")]
    [InlineData(new[] { "vide@example.org" }, "", AddInstructorCommand.Failed, "No password on standard input")]
    [InlineData(new[] { "faible@example.org" }, "court", AddInstructorCommand.Failed, "Le mot de passe doit compter au moins 8 caractères.")]
    [InlineData(new[] { "faible@example.org" }, "sanschiffre", AddInstructorCommand.Failed, "au moins un chiffre")]
    public async Task Bad_input_gets_a_clear_message_a_non_zero_code_and_stores_nothing(string[] arguments, string? password, int expectedCode, string message)
    {
        await using var app = BuildApp();

        var (code, _, error) = await RunAsync(app, arguments, password);

        Assert.Equal(expectedCode, code);
        Assert.Contains(message, error);
        if (arguments.Length == 1 && code == AddInstructorCommand.Failed)
        {
            Assert.Null(await AccountData.UserAsync(app.Services, arguments[0]));
        }
    }

    [Fact]
    public async Task The_built_site_runs_the_command_and_exits_without_serving()
    {
        var bin = Path.Combine(RepositoryPaths.WebProject, "bin", Configuration, "net10.0");

        // Two starts of the real entry point: its exit codes. Running it again on an instructor is checked in process
        // (above): a start of the built site costs several seconds on two cores.
        var created = await RunDllAsync(bin, ["add-instructor", "e2e@example.org"], "Formateur2026\n");
        var bad = await RunDllAsync(bin, ["add-instructor", "pas-une-adresse"], "");

        Assert.True(created.Code == 0, created.Error + created.Output);
        Assert.Contains("Compte formateur créé : e2e@example.org / Instructor account created: e2e@example.org", created.Output);
        Assert.DoesNotContain("Now listening", created.Output);
        Assert.Equal(AddInstructorCommand.Usage, bad.Code);
        Assert.Contains("n’est pas une adresse e-mail valide", bad.Error);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.Path, "course.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r."Name" FROM "AspNetUsers" u
            JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            WHERE u."NormalizedEmail" = 'E2E@EXAMPLE.ORG'
            """;
        Assert.Equal(CourseRoles.Instructor, await command.ExecuteScalarAsync());
    }

    private WebApplication BuildApp()
    {
        // What Program.cs does before it would serve; the command runs the migrations itself.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = RepositoryPaths.WebProject,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration["Database:DataDirectory"] = _data.Path;
        builder.AddCourseSite();
        return builder.Build();
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(WebApplication app, string[] arguments, string? password)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AddInstructorCommand.RunAsync(app.Services, arguments, () => password, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<(int Code, string Output, string Error)> RunDllAsync(string bin, string[] arguments, string input)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = bin,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(bin, "Course.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__DataDirectory"] = _data.Path;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = Environments.Production;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"add-instructor did not exit within 90 s (is it serving?):\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
