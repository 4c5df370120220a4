using System.Reflection;
using Course.Content.Loading;
using Course.Content.Model;
using Course.Content.Synonyms;

namespace Course.Web.Components.Chapters;

/// <summary>Loads the course content before the host starts, so that bad content ends the process cleanly.</summary>
internal static class CourseContentCheck
{
    /// <summary>
    /// Loads the chapters, guides and synonyms. When they are invalid, writes their <c>file:line: message</c> list to
    /// <paramref name="error"/> and returns false: the caller exits with code 1.
    /// </summary>
    /// <remarks>
    /// Left to the hosted warm-up, the same error escapes <c>app.Run()</c>: the host logs it with a stack trace, then
    /// the runtime prints it again and aborts (exit code 134, a core dump). An author who broke a chapter needs the
    /// list of lines to fix, nothing else. Hosted by WebApplicationFactory, the exception is thrown to the factory.
    /// </remarks>
    public static bool TryLoadCourseContent(this WebApplication app, TextWriter error)
    {
        try
        {
            _ = app.Services.GetRequiredService<CourseContent>();
            _ = app.Services.GetRequiredService<SynonymList>();
            return true;
        }
        catch (InvalidContentException invalid) when (Assembly.GetEntryAssembly() == typeof(Program).Assembly)
        {
            // Only as the process itself: under WebApplicationFactory (tests) the exception goes to the factory.
            error.WriteLine(invalid.Message);
            error.WriteLine("The site does not start until the content is fixed.");
            return false;
        }
    }
}
