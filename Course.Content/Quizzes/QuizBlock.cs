using Markdig.Syntax;

namespace Course.Content.Quizzes;

/// <summary>
/// A <c>```quiz</c> fenced block, kept as raw YAML for the chapter loader to read and validate.
/// It renders to nothing: the answers never reach the chapter HTML.
/// </summary>
public sealed class QuizBlock : LeafBlock
{
    /// <summary>Creates the block from the fenced code block it replaces.</summary>
    /// <param name="yaml">The lines between the fences.</param>
    /// <param name="fenceLine">The 0-based line of the opening fence in the parsed Markdown.</param>
    public QuizBlock(string yaml, int fenceLine)
        : base(null)
    {
        Yaml = yaml;
        Line = fenceLine;
    }

    /// <summary>The YAML text between the fences.</summary>
    public string Yaml { get; }

    /// <summary>The 0-based line of the first YAML line in the parsed Markdown (the line after the fence).</summary>
    public int FirstYamlLine => Line + 1;
}
