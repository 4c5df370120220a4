using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Progress;

/// <summary>Chapter visits and "read", in the store (SQLite and PostgreSQL) and through the end-of-chapter marker.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ChapterReadingTests(PostgresServerFixture postgres)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Visits_keep_the_first_time_and_a_chapter_is_read_once(string provider)
    {
        await using var site = await ProgressSites.StartAsync(provider, postgres, "reading_store");
        var userId = (await site.AddStudentsAsync(1, "reader"))[0];
        var store = site.Services.GetRequiredService<ChapterProgressStore>();
        var events = new List<LearningEvent>();
        using var subscription = site.Services.GetRequiredService<LearningEventHub>().Subscribe(events.Add);

        var first = await store.RecordVisitAsync(userId, "introduction");
        await Task.Delay(20);
        var second = await store.RecordVisitAsync(userId, "introduction");
        var newlyRead = await store.MarkReadAsync(userId, "introduction");
        var readAgain = await store.MarkReadAsync(userId, "introduction");
        var readDirectly = await store.MarkReadAsync(userId, "concepts-kubernetes");

        Assert.Equal((true, false, true), (newlyRead, readAgain, readDirectly));
        var rows = await store.LoadAsync(userId);
        Assert.Equal(2, rows.Count);
        Assert.Equal(first, rows["introduction"].FirstVisitedAt, TimeSpan.FromMilliseconds(1));
        Assert.True(rows["introduction"].LastVisitedAt > first);
        Assert.True(second > first);
        Assert.NotNull(rows["introduction"].ReadAt);
        Assert.NotNull(rows["concepts-kubernetes"].ReadAt);
        Assert.Equal(
            [LearningEventKind.ChapterVisited, LearningEventKind.ChapterVisited, LearningEventKind.ChapterRead, LearningEventKind.ChapterRead],
            events.Select(e => e.Kind));
    }

    [Fact]
    public async Task The_finish_button_marks_the_chapter_read_and_the_drawer_says_so_at_once()
    {
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "reading_button");
        var userId = (await site.AddStudentsAsync(1, "button"))[0];
        using var visit = new StudentVisit(site, userId);
        var mark = visit.Render<ChapterNavMarks>(p => p.Add(m => m.ChapterSlug, "introduction"));
        var end = visit.Render<ChapterEndMarker>(p => p.Add(m => m.ChapterSlug, "introduction"));

        end.WaitForAssertion(() => Assert.Equal("J'ai terminé ce chapitre", end.Find("button[data-chapter-finish]").TextContent.Trim()));
        Assert.Empty(mark.FindAll("[data-chapter-state]"));
        end.Find("button[data-chapter-finish]").Click();

        end.WaitForAssertion(() => Assert.Contains("Chapitre lu", end.Find("[role=status] [data-chapter-read]").TextContent));
        Assert.Empty(end.FindAll("button[data-chapter-finish]"));
        // Not every question of the chapter is answered: read, not completed; said in words.
        mark.WaitForAssertion(() => Assert.Equal("read", mark.Find("[data-chapter-state]").GetAttribute("data-chapter-state")));
        Assert.Equal("lu", mark.Find("[data-chapter-state]").TextContent.Trim());
        await using var context = await site.Contexts().CreateDbContextAsync();
        var row = await context.ChapterProgress.SingleAsync(p => p.UserId == userId);
        Assert.Equal("introduction", row.ChapterSlug);
        Assert.NotNull(row.ReadAt);
    }

    [Fact]
    public async Task A_chapter_slug_the_course_does_not_have_is_neither_visited_nor_read()
    {
        // The chapter end is a JavaScript root component: its slug comes from the browser and may be forged.
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "reading_forged");
        var userId = (await site.AddStudentsAsync(1, "forger"))[0];
        using var visit = new StudentVisit(site, userId);
        var reading = visit.Services.GetRequiredService<ChapterReading>();

        await reading.VisitAsync("pas-un-chapitre");
        var read = await reading.MarkReadAsync("pas-un-chapitre");

        Assert.False(read);
        Assert.Empty(await site.Services.GetRequiredService<ChapterProgressStore>().LoadAsync(userId));
    }

    [Fact]
    public async Task Answering_every_question_right_after_reading_completes_the_chapter_in_the_drawer()
    {
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "reading_complete");
        var userId = (await site.AddStudentsAsync(1, "complete"))[0];
        await site.Services.GetRequiredService<ChapterProgressStore>().MarkReadAsync(userId, "introduction");
        using var visit = new StudentVisit(site, userId);
        var mark = visit.Render<ChapterNavMarks>(p => p.Add(m => m.ChapterSlug, "introduction"));
        mark.WaitForAssertion(() => Assert.Equal("read", mark.Find("[data-chapter-state]").GetAttribute("data-chapter-state")));

        foreach (var question in ShippedCourse.Content.FindChapter("introduction")!.Questions)
        {
            await mark.InvokeAsync(() => visit.Progress.CheckAsync(question.Id, question.CorrectOptionIds.ToList()));
        }

        mark.WaitForAssertion(() => Assert.Equal("completed", mark.Find("[data-chapter-state]").GetAttribute("data-chapter-state")));
        Assert.Equal("terminé", mark.Find("[data-chapter-state]").TextContent.Trim());
    }

    [Fact]
    public async Task An_anonymous_visitor_gets_no_button_no_mark_and_nothing_stored()
    {
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "reading_anonymous");
        using var visit = new StudentVisit(site, userId: null);
        var end = visit.Render<ChapterEndMarker>(p => p.Add(m => m.ChapterSlug, "introduction"));
        var reading = visit.Services.GetRequiredService<ChapterReading>();

        await reading.EnsureLoadedAsync();
        await reading.VisitAsync("introduction");

        Assert.False(await reading.MarkReadAsync("introduction"));
        Assert.Empty(end.FindAll("[data-chapter-end]"));
        await using var context = await site.Contexts().CreateDbContextAsync();
        Assert.Equal(0, await context.ChapterProgress.CountAsync());
    }
}
