using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Course.Content.Quizzes;

/// <summary>Renders a <see cref="QuizBlock"/> as nothing, so answers and explanations stay out of the HTML.</summary>
public sealed class QuizRenderer : HtmlObjectRenderer<QuizBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, QuizBlock block)
    {
        // Deliberately empty: the web app renders quizzes from the typed model, graded on the server.
    }
}
