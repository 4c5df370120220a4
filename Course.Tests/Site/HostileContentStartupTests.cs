using System.Diagnostics;
using Course.Content.Loading;
using Course.Content.Synonyms;
using Course.Tests.Content;
using Course.Tests.Infrastructure;

namespace Course.Tests.Site;

/// <summary>
/// The site started on the hostile content corpus (<see cref="HostileContentFolder"/>) through its real start-up: the
/// built <c>Course.Web.dll</c> in its own process, and the real host builder in process.
/// </summary>
[Collection(StartupFailureCollection.Name)]
public sealed class HostileContentStartupTests : IDisposable
{
    private readonly HostileContentFolder _folder = new();
    private readonly TestDataDirectory _data = new();

    [Fact]
    public async Task The_process_lists_every_bad_file_and_line_and_exits_with_code_1_without_a_stack_trace()
    {
        var expected = _folder.WriteCorpus();

        var (code, output, error) = await RunSiteAsync();

        Assert.Equal(1, code);
        Assert.All(expected, line => Assert.Contains(line, error));
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("Unhandled exception", output + error);
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public void The_host_refuses_a_synonym_file_too_large_before_serving()
    {
        _folder.WithValidChapter();
        HostileContentFolder.WriteHuge(_folder.Chapters, SynonymList.FileName);
        using var site = new InMemorySiteFactory().With("Content:ChaptersPath", _folder.Chapters);

        var exception = Record.Exception(() => site.CreateClient());

        while (exception is AggregateException { InnerException: { } inner })
        {
            exception = inner;
        }

        var invalid = Assert.IsType<InvalidContentException>(exception);
        Assert.StartsWith($"{SynonymList.FileName}:1: the file is {HostileContentFolder.HugeBytes} bytes", Assert.Single(invalid.Errors).ToString());
    }

    private async Task<(int Code, string Output, string Error)> RunSiteAsync()
    {
        var dll = Path.Combine(RepositoryPaths.WebProject, "bin", "Release", "net10.0", "Course.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution in Release first.");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Content__ChaptersPath"] = _folder.Chapters;
        start.Environment["Content__GuidesPath"] = _folder.Guides;
        start.Environment["Database__DataDirectory"] = _data.Path;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The site did not exit within 60 s on invalid content:\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _data.Dispose();
    }
}
