using Course.Web.Components.Account.Commands;
using Course.Web.Components.Chapters;
using Course.Web.Components.Cluster.Reporter;
using Course.Web.Components.Site;
using Course.Web.Data;

// `report` is the lab reporter in a student's cluster: it needs none of the site's services.
if (LabReporterCommand.Matches(args))
{
    Environment.ExitCode = LabReporterCommand.Run(args);
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddCourseSite();

var app = builder.Build();

// `add-instructor <email>` and other administration commands run and exit without serving.
if (app.RunCommand(args))
{
    return;
}

// The database starts on a pool thread while the content loads (migrations are only applied after the content check).
app.StartDatabase();

// Every endpoint is mapped first and built on pool threads while the pipeline is assembled, the content finishes loading
// and the database starts.
app.MapCourseSite();
app.StartBuildingEndpoints();

app.UseCourseSite();

// Bad content stops here with its file:line list, not with a stack trace.
if (!app.TryLoadCourseContent(Console.Error))
{
    Environment.ExitCode = 1;
    return;
}

app.Run();

// Exposed for WebApplicationFactory in the tests.
public partial class Program;
