using System.Net;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Course.Content.Markdown.CodeBlocks;

/// <summary>
/// Highlights shell and YAML code on the server with TextMate grammars. Tokens become <c>&lt;span class="hl-…"&gt;</c>
/// with a handful of classes, never inline colours: the site's stylesheet colours them for each theme, and no
/// highlighter runs in the browser. Other languages (plain text, command output) are only escaped.
/// </summary>
public static class CodeHighlighter
{
    // A grammar is not safe to share between threads; chapters load once at start-up, so one lock costs nothing.
    private static readonly Lock Gate = new();
    private static readonly Lazy<Grammars> Loaded = new(Grammars.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // A pathological line must not stall the start-up: past this, the rest of the line stays plain.
    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromMilliseconds(200);

    /// <summary>The grammar's name for a fence's language, or null when the language is not highlighted.</summary>
    public static string? GrammarOf(string language) => language.ToLowerInvariant() switch
    {
        "bash" or "sh" or "shell" or "shellscript" or "console" => "shell",
        "yaml" or "yml" => "yaml",
        _ => null,
    };

    /// <summary>HTML of <paramref name="code"/> (lines separated by <c>\n</c>): escaped, with highlighting spans when the language has a grammar.</summary>
    public static string ToHtml(string code, string language)
    {
        ArgumentNullException.ThrowIfNull(code);
        var grammar = GrammarOf(language ?? "") switch
        {
            "shell" => Loaded.Value.Shell,
            "yaml" => Loaded.Value.Yaml,
            _ => null,
        };
        if (grammar is null)
        {
            return WebUtility.HtmlEncode(code);
        }

        var html = new StringBuilder(code.Length * 2);
        lock (Gate)
        {
            IStateStack? state = null;
            var lines = code.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    html.Append('\n');
                }

                state = AppendLine(html, grammar, lines[i], state);
            }
        }

        return html.ToString();
    }

    private static IStateStack? AppendLine(StringBuilder html, IGrammar grammar, string line, IStateStack? state)
    {
        var result = grammar.TokenizeLine(line, state, LineTimeLimit);
        var run = new TokenRun(html);
        var end = 0;
        foreach (var token in result.Tokens)
        {
            var start = Math.Clamp(token.StartIndex, end, line.Length);
            var stop = Math.Clamp(token.EndIndex, start, line.Length);
            if (stop > start)
            {
                run.Add(line[start..stop], TokenClass.Of(token.Scopes));
                end = stop;
            }
        }

        run.Add(line[end..], null);
        run.Flush();
        return result.RuleStack;
    }

    // Grammars split "$NS" into "$" and "NS": neighbouring tokens of one class share one span.
    private sealed class TokenRun(StringBuilder html)
    {
        private readonly StringBuilder _text = new();
        private string? _class;

        public void Add(string text, string? cssClass)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (cssClass != _class)
            {
                Flush();
                _class = cssClass;
            }

            _text.Append(text);
        }

        public void Flush()
        {
            if (_text.Length == 0)
            {
                return;
            }

            var encoded = WebUtility.HtmlEncode(_text.ToString());
            if (_class is null || string.IsNullOrWhiteSpace(_text.ToString()))
            {
                html.Append(encoded);
            }
            else
            {
                html.Append("<span class=\"").Append(_class).Append("\">").Append(encoded).Append("</span>");
            }

            _text.Clear();
        }
    }

    private sealed record Grammars(IGrammar Shell, IGrammar Yaml)
    {
        public static Grammars Load()
        {
            var registry = new Registry(new EmbeddedGrammars());
            return new Grammars(registry.LoadGrammar(EmbeddedGrammars.ShellScope), registry.LoadGrammar(EmbeddedGrammars.YamlScope));
        }
    }
}
