using System.Net;
using System.Runtime.CompilerServices;
using Course.Content.Quizzes;
using Microsoft.AspNetCore.Components;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// What a <see cref="QuizCard"/> shows that never changes for its question: the public view, the element ids, the
/// prompt (with its kicker) and each option's label as markup. Built once per question and shared by the cards of every
/// circuit, so a circuit's cards hold references to the question's HTML, not copies of it (docs/architecture.md,
/// "Islands keep one render tree while idle"). Only the public view goes in: nothing here reveals an answer.
/// </summary>
internal sealed class QuizCardMarkup
{
    // Keyed by the course's question object: a reloaded course brings new questions, and the old entries go with the old ones.
    private static readonly ConditionalWeakTable<QuizQuestion, QuizCardMarkup> ByQuestion = new();

    private QuizCardMarkup(QuizQuestionView view)
    {
        View = view;
        GroupName = $"quiz-{view.Id}";
        PromptId = $"{GroupName}-prompt";
        StatusId = $"{GroupName}-status";
        // The same elements the markup would make (scoped CSS does not reach them: their rules are in app.css).
        Legend = new MarkupString(
            $"<legend id=\"{WebUtility.HtmlEncode(PromptId)}\" class=\"quiz-card__prompt\"><span class=\"quiz-card__kicker\">" +
            $"{WebUtility.HtmlEncode(KindLabel(view.Kind))}</span><span class=\"quiz-card__question\">{view.PromptHtml}</span></legend>");
        InputIds = view.Options.Select(o => $"{GroupName}-{o.Id}").ToArray();
        Labels = view.Options.Select((o, i) => new MarkupString($"<label for=\"{WebUtility.HtmlEncode(InputIds[i])}\">{o.Html}</label>")).ToArray();
    }

    /// <summary>The question as a student may see it before answering.</summary>
    public QuizQuestionView View { get; }

    /// <summary>The options' <c>name</c>: one group per card.</summary>
    public string GroupName { get; }

    /// <summary>The legend's id, which names the card.</summary>
    public string PromptId { get; }

    /// <summary>The live region's id, which describes the options.</summary>
    public string StatusId { get; }

    /// <summary>The legend: the kind of question, then the prompt.</summary>
    public MarkupString Legend { get; }

    /// <summary>Each option's input id, in option order.</summary>
    public IReadOnlyList<string> InputIds { get; }

    /// <summary>Each option's label, in option order.</summary>
    public IReadOnlyList<MarkupString> Labels { get; }

    public static QuizCardMarkup Of(QuizQuestion question) => ByQuestion.GetValue(question, q => new QuizCardMarkup(q.ToView()));

    private static string KindLabel(QuizKind kind) => kind switch
    {
        QuizKind.MultipleChoice => "Question (plusieurs réponses possibles)",
        QuizKind.TrueFalse => "Vrai ou faux",
        _ => "Question (une seule réponse)",
    };
}
