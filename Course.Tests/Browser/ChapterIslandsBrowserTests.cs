using Course.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// A chapter's islands attach to the circuit only when the reader nears them (wwwroot/js/islands.js, issue 16): a card
/// far down stays static HTML, a choice made on it before it attaches is kept, and it answers once reached.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChapterIslandsBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    // Each card's top, in viewport heights from the top of the page.
    private const string CardTopsScript = """
        () => [...document.querySelectorAll(".js-island [data-question-id]")]
            .map(card => (card.getBoundingClientRect().top + scrollY) / innerHeight)
        """;

    [Fact]
    public async Task A_card_far_down_stays_static_until_the_reader_reaches_it_then_answers()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        var cards = page.Locator(".js-island [data-question-id]");
        var tops = await page.EvaluateAsync<double[]>(CardTopsScript);
        // The observer's margin is one screen: a card more than three screens away from the reader is not attached.
        var chosen = Array.FindIndex(tops, top => top > 3 && tops[^1] - top > 3);
        Assert.True(chosen >= 0, $"the chapter needs a card far from the top and from its last card (tops: {string.Join(", ", tops)})");

        // The islands on screen at load (the drawer's marks) attach as soon as the circuit runs.
        await Assertions.Expect(page.Locator(".nav-chapter-marks").First)
            .ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 30_000 });
        var middle = cards.Nth(chosen);
        var last = cards.Nth(tops.Length - 1);
        await Assertions.Expect(middle).ToHaveAttributeAsync("data-interactive", "false");
        await Assertions.Expect(last).ToHaveAttributeAsync("data-interactive", "false");

        // A click on a static card (Playwright scrolls to it first) is kept by site.js and put back once attached.
        var choice = middle.Locator("input").First;
        await choice.ClickAsync();
        await Assertions.Expect(middle).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 10_000 });
        await Assertions.Expect(choice).ToBeCheckedAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(last).ToHaveAttributeAsync("data-interactive", "false");

        await last.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(last).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 10_000 });
        await last.Locator("input").First.CheckAsync();
        await last.Locator("button[data-quiz-action='check']").ClickAsync();
        await Assertions.Expect(last.Locator("[data-answer-state]")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task The_drawer_counts_an_answer_at_once_and_keeps_it_after_moving_to_another_chapter_where_a_new_answer_counts_too()
    {
        // The drawer's links and every chapter's marks are one island (Layout/ChapterNavLinks): an answer on the page
        // updates its chapter's mark live, and the island attached on the next chapter shows both chapters' counts.
        var course = ShippedCourse.Content;
        var introduction = course.FindChapter("introduction")!;
        var concepts = course.FindChapter("concepts-kubernetes")!;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();
        var introductionCount = page.Locator("a[data-chapter-link='introduction'] [data-chapter-answers]");
        var conceptsCount = page.Locator("a[data-chapter-link='concepts-kubernetes'] [data-chapter-answers]");
        await Assertions.Expect(introductionCount).ToHaveCountAsync(0);

        await AnswerFirstQuestionAsync(page, introduction);

        await Assertions.Expect(introductionCount).ToHaveTextAsync($"1/{introduction.Questions.Count()} questions répondues", new() { Timeout = 10_000 });
        await Assertions.Expect(conceptsCount).ToHaveCountAsync(0);

        // A drawer link is an enhanced navigation: the circuit stays, the islands are swapped, the new chapter's link is
        // the active one.
        await page.ClickAsync("a[data-chapter-link='concepts-kubernetes']");
        await page.WaitForAddressAsync(new Uri(site.RootUri, "chapitres/concepts-kubernetes").ToString());
        await Assertions.Expect(page.Locator("a[data-chapter-link='concepts-kubernetes']")).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.Locator(".mud-drawer a[aria-current='page']")).ToHaveCountAsync(1);
        // The address (and the drawer's active link) change before the new chapter's HTML arrives: its first card first,
        // then its islands, or WaitForInteractiveAsync would be satisfied by the introduction's.
        await Assertions.Expect(page.Locator($".js-island [data-question-id='{concepts.Questions.First().Id}']")).ToBeAttachedAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(introductionCount).ToHaveTextAsync($"1/{introduction.Questions.Count()} questions répondues", new() { Timeout = 10_000 });

        await AnswerFirstQuestionAsync(page, concepts);

        await Assertions.Expect(conceptsCount).ToHaveTextAsync($"1/{concepts.Questions.Count()} questions répondues", new() { Timeout = 10_000 });
        await Assertions.Expect(introductionCount).ToHaveAttributeAsync("data-answered", "1");
    }

    private static async Task AnswerFirstQuestionAsync(IPage page, Course.Content.Model.Chapter chapter)
    {
        var question = chapter.Questions.First();
        var card = page.Locator($".js-island [data-question-id='{question.Id}']");
        await card.Locator("input").First.CheckAsync();
        await card.Locator("button[data-quiz-action='check']").ClickAsync();
        await Assertions.Expect(card.Locator("[data-answer-state]")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
    }
}
