using Course.Content.Markdown;
using Course.Content.Quizzes.Checks;
using YamlDotNet.RepresentationModel;

namespace Course.Content.Quizzes;

/// <summary>The options of a quiz block: their keys, the correct ones, the feedback, and the length of the key.</summary>
internal sealed partial class QuizReader
{
    private List<QuizOptionSource>? ReadOptions(QuizBlock block, Dictionary<string, QuizField> fields, int fenceLine)
    {
        if (!fields.TryGetValue("options", out var field))
        {
            Error(fenceLine, "quiz has no 'options'");
            return null;
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            Error(field.Line, "'options' must be a list of '- text: ...' items");
            return null;
        }

        var options = new List<QuizOptionSource>();
        var before = errors.Count;
        foreach (var item in sequence.Children)
        {
            var itemLine = YamlLine(block, item.Start.Line);
            if (item is not YamlMappingNode mapping)
            {
                Error(itemLine, "each option must be a mapping: '- text: ...' with an optional 'correct: true' and 'feedback: ...'");
                continue;
            }

            var optionFields = ReadFields(block, mapping, OptionKeys, "option");
            var text = RequiredText(optionFields, "text", itemLine, "option");
            var correct = ReadCorrect(optionFields);
            var feedback = optionFields.ContainsKey("feedback") ? RequiredText(optionFields, "feedback", itemLine, "option") : null;
            options.Add(new QuizOptionSource(
                text ?? "", correct, itemLine, optionFields.GetValueOrDefault("correct")?.Line ?? itemLine,
                feedback, optionFields.GetValueOrDefault("feedback")?.Line ?? itemLine));
        }

        return errors.Count > before ? null : options;
    }

    private bool ReadCorrect(Dictionary<string, QuizField> fields)
    {
        if (!fields.TryGetValue("correct", out var field))
        {
            return false;
        }

        switch ((field.Value as YamlScalarNode)?.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(field.Line, "'correct' must be true or false");
                return false;
        }
    }

    private void CheckOptions(QuizKind kind, List<QuizOptionSource> options, int optionsLine)
    {
        if (options.Count < 2)
        {
            Error(optionsLine, $"a quiz needs at least two options, found {options.Count}");
            return;
        }

        if (options.Count > MaxOptions)
        {
            Error(optionsLine, $"a quiz has at most {MaxOptions} options, found {options.Count}");
            return;
        }

        var correct = options.Where(o => o.Correct).ToList();
        if (correct.Count == 0)
        {
            Error(optionsLine, "no option is marked 'correct: true'");
        }
        else if (kind is not QuizKind.MultipleChoice && correct.Count > 1)
        {
            Error(correct[1].CorrectLine,
                $"a {(kind is QuizKind.TrueFalse ? "true-false" : "single-choice")} question has exactly one correct option, found {correct.Count} (use 'type: multiple'?)");
        }

        if (kind is QuizKind.TrueFalse)
        {
            CheckTrueFalse(options, optionsLine);
        }
        else if (correct.Count > 0 && correct.Count < options.Count)
        {
            CheckKeyLengths(options);
        }
    }

    /// <summary>A key much longer than every distractor gives the answer away to a student who guesses by length.</summary>
    private void CheckKeyLengths(List<QuizOptionSource> options)
    {
        var longestDistractor = options.Where(o => !o.Correct).Max(o => PlainLength(o.Text));
        foreach (var key in options.Where(o => o.Correct))
        {
            var length = PlainLength(key.Text);
            if (length > MaxKeyToDistractorRatio * longestDistractor)
            {
                Error(key.Line,
                    $"the correct option has {length} characters, more than {MaxKeyToDistractorRatio}× the longest distractor ({longestDistractor}): its length gives the answer away");
            }
        }
    }

    private static int PlainLength(string markdown) => FoldedText.LengthOf(CourseMarkdown.RenderInline(markdown));

    private void CheckFeedback(List<QuizOptionSource> options)
    {
        foreach (var option in options.Where(o => o.Correct && o.Feedback is not null))
        {
            Error(option.FeedbackLine,
                "'feedback' is shown only when a wrong option is chosen: remove it from this correct option and say why it is right in 'explanation'");
        }
    }

    private void CheckTrueFalse(List<QuizOptionSource> options, int optionsLine)
    {
        var texts = options.Select(o => o.Text).Order(StringComparer.Ordinal).ToList();
        if (options.Count != 2 || texts[0] != "Faux" || texts[1] != "Vrai")
        {
            var offending = options.FirstOrDefault(o => o.Text is not ("Vrai" or "Faux"));
            Error(offending?.Line ?? optionsLine,
                "a true-false question has exactly two options whose texts are 'Vrai' and 'Faux'");
        }
    }
}
