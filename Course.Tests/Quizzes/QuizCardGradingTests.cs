using Bunit;
using Course.Content.Quizzes;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components.Web;

namespace Course.Tests.Quizzes;

/// <summary>A question card grading what the student checked: verdicts, feedback, the key, retrying, refusals.</summary>
public sealed class QuizCardGradingTests : QuizComponentTestBase
{
    [Fact]
    public void A_first_wrong_answer_marks_only_the_chosen_option_and_keeps_the_key_and_explanation_hidden()
    {
        var card = RenderCard(SingleId);

        Option(card, "c").Change(true);
        CheckButton(card).Click();

        Assert.Equal("incorrect", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
        Assert.Contains("Réponse incorrecte.", card.Find("[role=status][aria-live=polite]").TextContent);
        AssertVerdict(card, "c", "incorrect", "Votre choix\u202F: mauvaise réponse");
        AssertNoVerdict(card, "a");
        AssertNoVerdict(card, "b");
        Assert.DoesNotContain("non choisie", card.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(card.FindAll(".quiz-card__explanation"));
        Assert.DoesNotContain("les <em>hache</em>", card.Markup);
        var review = card.Find("a.quiz-card__review");
        Assert.Equal("chapitres/test#les-services", review.GetAttribute("href"));
        Assert.Equal("Revoir\u202F: Les services", review.TextContent);
        Assert.All(card.FindAll("input"), i => Assert.NotNull(i.GetAttribute("disabled")));
        Assert.Equal("Voir la réponse", card.Find("button[data-quiz-reveal]").TextContent.Trim());
    }

    [Fact]
    public void A_second_wrong_try_shows_the_key_the_explanation_and_labels_unchosen_wrong_options_neutrally()
    {
        var card = RenderCard(SingleId);
        Option(card, "c").Change(true);
        CheckButton(card).Click();
        CheckButton(card).Click();

        Option(card, "b").Change(true);
        CheckButton(card).Click();

        Assert.Equal("incorrect", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
        AssertVerdict(card, "a", "correct", "Bonne réponse (non choisie)");
        AssertVerdict(card, "b", "incorrect", "Votre choix\u202F: mauvaise réponse");
        AssertVerdict(card, "c", "neutral", "Non choisie, à juste titre");
        Assert.Contains("les <em>hache</em>", card.Find(".quiz-card__explanation").InnerHtml);
        Assert.Empty(card.FindAll("button[data-quiz-reveal]"));
    }

    [Fact]
    public void Voir_la_reponse_shows_the_key_after_a_first_wrong_try()
    {
        var card = RenderCard(SingleId);
        Option(card, "c").Change(true);
        CheckButton(card).Click();

        card.Find("button[data-quiz-reveal]").Click();

        AssertVerdict(card, "a", "correct", "Bonne réponse (non choisie)");
        AssertVerdict(card, "b", "neutral", "Non choisie, à juste titre");
        Assert.Contains("les <em>hache</em>", card.Find(".quiz-card__explanation").InnerHtml);
        Assert.Empty(card.FindAll("button[data-quiz-reveal]"));
    }

    [Fact]
    public void After_checking_the_feedback_of_a_chosen_wrong_option_is_announced()
    {
        var card = RenderCard(MultipleId);
        Assert.Empty(card.FindAll("[data-option-feedback]"));

        Option(card, "a").Change(true);
        Option(card, "b").Change(true);
        CheckButton(card).Click();

        var status = card.Find("[role=status][aria-live=polite]");
        var feedback = Assert.Single(status.QuerySelectorAll("[data-option-feedback]"));
        Assert.Equal("b", feedback.GetAttribute("data-option-feedback"));
        Assert.Contains("Votre choix «\u202FIl affiche le tableau de bord\u202F»\u202F:", feedback.TextContent);
        Assert.Contains("C'est <code>webui</code> qui affiche le tableau de bord.", feedback.InnerHtml);
    }

    [Fact]
    public void Feedback_is_not_shown_for_a_wrong_option_left_unchosen()
    {
        var card = RenderCard(MultipleId);

        Option(card, "a").Change(true);
        CheckButton(card).Click();

        Assert.Equal("incorrect", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
        Assert.Empty(card.FindAll("[data-option-feedback]"));
        Assert.DoesNotContain("webui", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Right_answer_is_announced_as_correct()
    {
        var card = RenderCard(SingleId);

        Option(card, "a").Change(true);
        CheckButton(card).Click();

        var status = card.Find("[role=status][aria-live=polite]");
        Assert.Equal("correct", status.QuerySelector("[data-answer-state]")!.GetAttribute("data-answer-state"));
        Assert.Contains("Bonne réponse\u202F!", status.TextContent);
        AssertVerdict(card, "a", "correct", "Votre choix\u202F: bonne réponse");
        Assert.Contains("les <em>hache</em>", card.Find(".quiz-card__explanation").InnerHtml);
    }

    [Fact]
    public void Partial_multiple_choice_answer_is_incorrect_and_shows_the_missed_option_only_once_the_key_is_shown()
    {
        var card = RenderCard(MultipleId);

        Option(card, "a").Change(true);
        CheckButton(card).Click();

        Assert.Equal("incorrect", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
        AssertVerdict(card, "a", "correct", "Votre choix\u202F: bonne réponse");
        AssertNoVerdict(card, "c");
        AssertNoVerdict(card, "b");

        card.Find("button[data-quiz-reveal]").Click();

        AssertVerdict(card, "c", "correct", "Bonne réponse (non choisie)");
        AssertVerdict(card, "b", "neutral", "Non choisie, à juste titre");
        Assert.DoesNotContain("Mauvaise réponse", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Unchecking_a_checkbox_removes_it_from_the_answer()
    {
        var card = RenderCard(MultipleId);

        Option(card, "a").Change(true);
        Option(card, "b").Change(true);
        Option(card, "b").Change(false);
        Option(card, "c").Change(true);
        CheckButton(card).Click();

        Assert.Equal("correct", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
    }

    [Fact]
    public void Retry_resets_the_question_and_a_new_answer_is_graded()
    {
        var card = RenderCard(SingleId);
        Option(card, "b").Change(true);
        CheckButton(card).Click();

        var button = CheckButton(card);
        Assert.Equal("Réessayer", button.TextContent.Trim());
        button.Click();

        Assert.Empty(card.FindAll("[data-answer-state]"));
        Assert.Empty(card.FindAll(".quiz-card__explanation"));
        Assert.All(card.FindAll("input"), i =>
        {
            Assert.Null(i.GetAttribute("disabled"));
            Assert.Null(i.GetAttribute("checked"));
        });
        Assert.Equal("Vérifier", CheckButton(card).TextContent.Trim());

        Option(card, "a").Change(true);
        CheckButton(card).Click();
        Assert.Equal("correct", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
    }

    [Fact]
    public void Keyboard_space_selects_an_option_and_enter_checks_the_answer()
    {
        var card = RenderCard(TrueFalseId);

        // Space on a focused native radio makes the browser raise "change"; Enter is handled by the card.
        Option(card, "a").Change(true);
        Option(card, "a").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal("correct", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
        Assert.Equal("BUTTON", CheckButton(card).TagName);
    }

    [Fact]
    public void Other_keys_on_an_option_do_not_check_the_answer()
    {
        var card = RenderCard(TrueFalseId);

        Option(card, "a").Change(true);
        Option(card, "a").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });

        Assert.Empty(card.FindAll("[data-answer-state]"));
    }

    [Fact]
    public void Checking_without_a_choice_is_refused_with_a_message_and_changes_nothing()
    {
        var card = RenderCard(SingleId);

        CheckButton(card).Click();

        Assert.Equal(QuizGrader.EmptySubmissionMessage, card.Find("[data-quiz-refusal]").TextContent.Trim());
        Assert.Empty(card.FindAll("[data-answer-state]"));
        Assert.Equal(0, Store.SaveCount);

        Option(card, "a").Change(true);
        Assert.Empty(card.FindAll("[data-quiz-refusal]"));
    }

    private static void AssertNoVerdict(IRenderedComponent<QuizCard> card, string optionId)
    {
        var option = card.Find($"[data-option-id='{optionId}']");
        Assert.Null(option.GetAttribute("data-verdict"));
        Assert.Null(option.QuerySelector(".quiz-card__verdict"));
    }

    private static void AssertVerdict(IRenderedComponent<QuizCard> card, string optionId, string hook, string text)
    {
        var option = card.Find($"[data-option-id='{optionId}']");
        Assert.Equal(hook, option.GetAttribute("data-verdict"));
        var verdict = option.QuerySelector(".quiz-card__verdict")!;
        Assert.Equal(text, verdict.TextContent.Trim());
        Assert.NotNull(verdict.QuerySelector("svg"));
    }
}
