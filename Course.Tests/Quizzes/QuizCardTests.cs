using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Course.Tests.Quizzes;

/// <summary>A question card before any grading: its markup, its state before the page is interactive, the selection it gets back.</summary>
public sealed class QuizCardTests : QuizComponentTestBase
{
    [Fact]
    public void Shows_the_prompt_and_one_labelled_native_radio_per_option_without_any_answer()
    {
        var card = RenderCard(SingleId);

        var root = card.Find($"[data-question-id='{SingleId}']");
        Assert.Contains("Quel service génère les octets aléatoires\u202F?", root.TextContent);
        var inputs = card.FindAll("input");
        Assert.Equal(3, inputs.Count);
        Assert.All(inputs, input =>
        {
            Assert.Equal("radio", input.GetAttribute("type"));
            Assert.Equal($"quiz-{SingleId}", input.GetAttribute("name"));
            Assert.Null(input.GetAttribute("disabled"));
            Assert.NotEqual("-1", input.GetAttribute("tabindex"));
            Assert.NotNull(card.Find($"label[for='{input.Id}']"));
        });
        Assert.Equal(["rng", "hasher", "worker"], card.FindAll("label").Select(l => l.TextContent));
        Assert.DoesNotContain("les <em>hache</em>", card.Markup);
        Assert.DoesNotContain("data-answer-state", card.Markup);
        Assert.DoesNotContain("data-verdict", card.Markup);
    }

    [Fact]
    public void Multiple_choice_options_are_checkboxes_and_true_false_are_radios()
    {
        Assert.All(RenderCard(MultipleId).FindAll("input"), i => Assert.Equal("checkbox", i.GetAttribute("type")));
        var trueFalse = RenderCard(TrueFalseId);
        Assert.All(trueFalse.FindAll("input"), i => Assert.Equal("radio", i.GetAttribute("type")));
        Assert.Equal(["Vrai", "Faux"], trueFalse.FindAll("label").Select(l => l.TextContent));
    }

    [Fact]
    public void Before_the_page_is_interactive_options_can_be_chosen_but_not_checked()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var card = RenderCard(SingleId);

        // A static card (an island not attached yet) takes a choice, which site.js keeps until the card is interactive,
        // and keyboard focus, which attaches it; only the check waits for the circuit.
        Assert.All(card.FindAll("input"), i => Assert.Null(i.GetAttribute("disabled")));
        Assert.NotNull(CheckButton(card).GetAttribute("disabled"));
    }

    [Fact]
    public void A_selection_ticked_before_a_lost_connection_comes_back_unchecked()
    {
        JSInterop.Setup<string[]?>("courseSite.pendingQuizSelection", MultipleId).SetResult(["a", "c", "zz"]);

        var card = RenderCard(MultipleId);

        card.WaitForAssertion(() =>
        {
            Assert.NotNull(Option(card, "a").GetAttribute("checked"));
            Assert.NotNull(Option(card, "c").GetAttribute("checked"));
        });
        Assert.Null(Option(card, "b").GetAttribute("checked"));
        Assert.Empty(card.FindAll("[data-answer-state]"));

        CheckButton(card).Click();
        Assert.Equal("correct", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "courseSite.forgetQuizSelection"
            && Equals(i.Arguments[0], MultipleId));
    }

    [Fact]
    public void A_page_closed_while_the_card_asks_for_its_pending_choice_is_not_an_unhandled_error()
    {
        JSInterop.Setup<string[]?>("courseSite.pendingQuizSelection", SingleId)
            .SetException(new JSDisconnectedException("The circuit is gone."));

        var card = RenderCard(SingleId);

        card.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "courseSite.pendingQuizSelection"));
        Assert.False(Renderer.UnhandledException.IsCompleted);
        Assert.All(card.FindAll("input"), i => Assert.Null(i.GetAttribute("checked")));
    }

    [Fact]
    public void Unknown_question_id_shows_an_error_instead_of_a_card()
    {
        var card = RenderCard("nope");

        Assert.Contains("Question introuvable", card.Markup);
        Assert.Empty(card.FindAll("input"));
    }
}
