using System.Collections.Concurrent;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Instructor.Dashboard;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Components.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Instructor;

/// <summary>The one live producer: answers committed by students reach the open dashboards of their cohort, batched.</summary>
public sealed class CohortDashboardFeedTests
{
    [Fact]
    public async Task Answers_of_a_member_are_pushed_to_the_cohorts_dashboards_and_a_burst_is_recomputed_in_few_batches()
    {
        await using var site = new InMemorySiteFactory();
        var services = site.Services;
        await TestAccounts.CreateInstructorAsync(services, "owner@example.org");
        var owner = await InstructorSite.PrincipalAsync(services, "owner@example.org");
        var cohorts = services.GetRequiredService<CohortService>();
        var watched = (await cohorts.CreateAsync(owner, new CohortDraft("Suivie", null, null))).Cohort!;
        var other = (await cohorts.CreateAsync(owner, new CohortDraft("Autre", null, null))).Cohort!;
        var studentIds = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            studentIds.Add(await TestAccounts.CreateStudentAsync(services, $"s{i}@example.org"));
            await services.GetRequiredService<CohortMembershipService>().JoinAsync(
                await InstructorSite.PrincipalAsync(services, $"s{i}@example.org"), watched.JoinCode);
        }

        var feed = services.GetRequiredService<ICohortDashboardFeed>();
        var pushes = new ConcurrentQueue<CohortDashboard>();
        var otherPushes = 0;
        using var first = feed.Subscribe(watched.Id, d => { pushes.Enqueue(d); return Task.CompletedTask; });
        using var second = feed.Subscribe(watched.Id, _ => Task.CompletedTask);
        using var unrelated = feed.Subscribe(other.Id, _ => { Interlocked.Increment(ref otherPushes); return Task.CompletedTask; });
        await Task.Delay(1000); // the joins' own events are pushed first
        pushes.Clear();

        var recorder = services.GetRequiredService<AnswerRecorder>();
        var question = ShippedCourse.Content.AllQuestions[0];
        var result = QuizGrader.Grade(question, [.. question.CorrectOptionIds]).Result!;
        await Task.WhenAll(studentIds.Select(id => recorder.RecordAsync(id, question, result)));

        await Eventually.HoldsAsync(() => pushes.Any(d => d.Students.Sum(s => s.Answered) == 10), "a dashboard counting the ten answers");
        Assert.Contains(pushes, d => d.Students.Sum(s => s.Answered) == 10 && d.Items[0].Facility == 1.0);
        Assert.True(pushes.Count < 10, $"{pushes.Count} recomputations for 10 answers: the burst was not batched.");
        Assert.Equal(0, Volatile.Read(ref otherPushes));
        var sequences = pushes.Select(p => p.Sequence).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }
}
