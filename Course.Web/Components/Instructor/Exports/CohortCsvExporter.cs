using System.Globalization;
using Course.Content.Model;
using Course.Web.Components.Instructor.Statistics;
using CsvHelper;

namespace Course.Web.Components.Instructor.Exports;

/// <summary>
/// Writes a cohort's exports so that they open cleanly in French Excel: ';' separator, UTF-8 with a byte order mark,
/// decimal comma, French headers; text that a spreadsheet would run as a formula is escaped.
/// </summary>
public sealed class CohortCsvExporter(CourseContent course)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        FormatProvider = French,
        Injection = CsvInjection.Escape,
    };

    /// <summary>One row per student: totals, then per chapter (read, score), then one column per question (1 right at the first try, 0 wrong, empty not answered).</summary>
    public async Task WriteTableAsync(CohortDashboard dashboard, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        var questions = course.AllQuestions;
        string[] header =
        [
            "Nom", "Adresse e-mail", "Questions répondues", "Bonnes réponses au premier essai", "Score au premier essai",
            "Dernière activité (UTC)", "En difficulté",
            .. course.Chapters.SelectMany(c => new[] { $"Ch. {c.Order} lu", $"Ch. {c.Order} score" }),
            .. questions.Select(q => q.Id),
        ];
        csv.WriteHeader(header);
        foreach (var student in dashboard.Students)
        {
            csv.WriteField(student.Student.Name);
            csv.WriteField(student.Student.Email);
            csv.WriteField(student.Answered);
            csv.WriteField(student.FirstTryCorrect);
            WriteRatio(csv, student.FirstTryScore);
            WriteTime(csv, student.LastActivityAt);
            csv.WriteField(student.Risk.Reasons);
            foreach (var chapter in course.Chapters)
            {
                var cell = student.Chapters[chapter.Slug];
                csv.WriteField(cell.Read ? "oui" : "non");
                WriteRatio(csv, cell.Score);
            }

            foreach (var question in questions)
            {
                csv.WriteField(student.FirstTries.TryGetValue(question.Id, out var right) ? (right ? "1" : "0") : "");
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>One row per stored answer, oldest first.</summary>
    public static async Task WriteAnswersAsync(
        IAsyncEnumerable<RawAnswer> answers, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader(
        [
            "Adresse e-mail", "Nom", "Chapitre", "Question", "Version de la question", "Essai", "Options choisies",
            "Correct", "Date (UTC)",
        ]);
        await foreach (var answer in answers.WithCancellation(cancellationToken))
        {
            csv.WriteField(answer.Email);
            csv.WriteField(answer.Name);
            csv.WriteField(answer.ChapterSlug);
            csv.WriteField(answer.QuestionId);
            csv.WriteField(answer.QuestionVersion);
            csv.WriteField(answer.Attempt);
            csv.WriteField(answer.ChosenOptions);
            csv.WriteField(answer.IsCorrect ? "oui" : "non");
            WriteTime(csv, answer.AnsweredAt);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteRatio(CsvWriter csv, double? ratio)
    {
        if (ratio is { } value)
        {
            csv.WriteField(Math.Round(value, 3), "0.###");
        }
        else
        {
            csv.WriteField("");
        }
    }

    private static void WriteTime(CsvWriter csv, DateTime? at)
    {
        if (at is { } value)
        {
            csv.WriteField(value, "yyyy-MM-dd HH:mm:ss");
        }
        else
        {
            csv.WriteField("");
        }
    }
}
