using Course.Web.Components.Quizzes;
using Course.Web.Components.Site;

var builder = WebApplication.CreateBuilder(args);

builder.AddCourseSite();
builder.AddQuizzes();

var app = builder.Build();

app.UseCourseSite();

app.Run();

// Exposed for WebApplicationFactory in the tests.
public partial class Program;
