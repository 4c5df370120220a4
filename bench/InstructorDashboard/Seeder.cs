using Course.Content.Model;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Course.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InstructorDashboardBench;

/// <summary>Seeds one cohort: an owner, N students, every question answered 1 to 3 times, chapters visited and read.</summary>
internal static class Seeder
{
    public static async Task<(int CohortId, List<string> StudentIds)> SeedAsync(
        IDbContextFactory<CourseDbContext> contexts, CourseContent course, int students, DateTime now)
    {
        var random = new Random(42);
        var owner = User("owner@bench.example", now);
        var cohort = new Cohort { Name = "Bench", JoinCode = "BENCH234", OwnerId = owner.Id, CreatedAt = now };
        var ids = new List<string>();
        await using (var context = await contexts.CreateDbContextAsync())
        {
            context.Users.Add(owner);
            context.Cohorts.Add(cohort);
            await context.SaveChangesAsync();
        }

        var versions = course.AllQuestions.ToDictionary(q => q.Id, QuestionVersion.Of);
        for (var batch = 0; batch < students; batch += 50)
        {
            await using var context = await contexts.CreateDbContextAsync();
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < Math.Min(students, batch + 50); i++)
            {
                var student = User($"student{i:000}@bench.example", now);
                ids.Add(student.Id);
                context.Users.Add(student);
                context.CohortMemberships.Add(new CohortMembership { CohortId = cohort.Id, UserId = student.Id, JoinedAt = now.AddHours(-3) });
                var skill = random.NextDouble();
                var at = now.AddHours(-2);
                foreach (var question in course.AllQuestions)
                {
                    var attempts = random.Next(1, 4);
                    for (var attempt = 1; attempt <= attempts; attempt++)
                    {
                        var correct = attempt == attempts || random.NextDouble() < skill;
                        var chosen = correct ? question.CorrectOptionIds.ToList()
                            : [question.Options[random.Next(question.Options.Count)].Id];
                        at = at.AddSeconds(random.Next(5, 40));
                        context.QuizAnswers.Add(new QuizAnswerRecord
                        {
                            UserId = student.Id, QuestionId = question.Id, QuestionVersion = versions[question.Id],
                            ChapterSlug = question.ChapterSlug, ChosenOptions = string.Join(',', chosen),
                            IsCorrect = correct && chosen.SequenceEqual(question.CorrectOptionIds), Attempt = attempt, AnsweredAt = at,
                        });
                        if (correct)
                        {
                            break;
                        }
                    }
                }

                foreach (var chapter in course.Chapters)
                {
                    context.ChapterProgress.Add(new ChapterProgressRecord
                    {
                        UserId = student.Id, ChapterSlug = chapter.Slug, FirstVisitedAt = now.AddHours(-2), LastVisitedAt = at,
                        ReadAt = random.NextDouble() < 0.7 ? at : null,
                    });
                }
            }

            await context.SaveChangesAsync();
        }

        return (cohort.Id, ids);
    }

    private static CourseUser User(string email, DateTime now) => new()
    {
        Id = Guid.NewGuid().ToString(),
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString("N"),
        CreatedAt = now,
    };
}
