namespace Course.Content.Markdown.CodeBlocks;

/// <summary>Maps a token's TextMate scopes (outermost first) to one of the few highlighting classes the site styles.</summary>
internal static class TokenClass
{
    // Most specific first: a comment inside a string is a comment, a YAML key is a key before it is a string.
    private static readonly (string Scope, string Class)[] Rules =
    [
        ("comment", "hl-comment"),
        ("entity.name.tag", "hl-key"),
        ("string", "hl-string"),
        ("constant.numeric", "hl-number"),
        ("constant", "hl-constant"),
        ("variable", "hl-variable"),
        ("keyword.operator", "hl-operator"),
        ("keyword", "hl-keyword"),
        ("storage", "hl-keyword"),
        ("support.function", "hl-command"),
        ("entity.name.function", "hl-command"),
        ("entity.name.command", "hl-command"),
        ("entity.name", "hl-command"),
        ("punctuation.definition.comment", "hl-comment"),
    ];

    public static string? Of(IEnumerable<string> scopes)
    {
        var list = scopes as IList<string> ?? scopes.ToList();
        for (var i = list.Count - 1; i >= 0; i--)
        {
            foreach (var (scope, cssClass) in Rules)
            {
                if (list[i].StartsWith(scope, StringComparison.Ordinal))
                {
                    return cssClass;
                }
            }
        }

        return null;
    }
}
