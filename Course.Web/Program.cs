using Course.Web.Components.Site;

var builder = WebApplication.CreateBuilder(args);

builder.AddCourseSite();

var app = builder.Build();

app.UseCourseSite();

app.Run();

// Exposed for WebApplicationFactory in the tests.
public partial class Program;
