namespace Course.Web.Components.Assets;

// The CSS reading behind StylesheetSubset: a minified stylesheet as comments, statements, rules, at-rule blocks and
// keyframes, with strings and escapes skipped. Only what MudBlazor's stylesheet uses; not a general CSS parser.
internal static partial class StylesheetSubset
{
    private static int SkipString(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[start])
            {
                return i;
            }
        }

        return text.Length;
    }

    private abstract record Item;

    private sealed record Comment(string Text) : Item;

    private sealed record Statement(string Text) : Item;

    private sealed record Rule(string Prelude, string Body) : Item;

    private sealed record Block(string Prelude, IReadOnlyList<Item> Items) : Item;

    private sealed record Keyframes(string Name, string Text) : Item;

    private sealed class Parser(string css)
    {
        private int _position;

        public List<Item> ReadItems()
        {
            var items = new List<Item>();
            while (true)
            {
                SkipWhitespace();
                if (_position >= css.Length)
                {
                    return items;
                }

                if (css[_position] == '}')
                {
                    _position++;
                    return items;
                }

                if (string.CompareOrdinal(css, _position, "/*", 0, 2) == 0)
                {
                    var end = css.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    end = end < 0 ? css.Length : end + 2;
                    items.Add(new Comment(css[_position..end]));
                    _position = end;
                    continue;
                }

                items.Add(ReadItem());
            }
        }

        private Item ReadItem()
        {
            var start = _position;
            var end = ScanTo(['{', ';']);
            var prelude = css[start..end].Trim();
            if (end >= css.Length || css[end] == ';')
            {
                _position = Math.Min(end + 1, css.Length);
                return new Statement(css[start.._position]);
            }

            _position = end + 1;
            if (prelude.StartsWith('@') && prelude.Contains("keyframes", StringComparison.Ordinal))
            {
                var close = MatchingBrace(end);
                _position = close + 1;
                var name = prelude[(prelude.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim();
                return new Keyframes(name, css[start.._position]);
            }

            if (prelude.StartsWith('@'))
            {
                return new Block(prelude, ReadItems());
            }

            var bodyEnd = MatchingBrace(end);
            _position = bodyEnd + 1;
            return new Rule(prelude, css[(end + 1)..bodyEnd]);
        }

        private int ScanTo(char[] stops)
        {
            for (var i = _position; i < css.Length; i++)
            {
                if (css[i] is '"' or '\'')
                {
                    i = SkipString(css, i);
                }
                else if (css[i] == '\\')
                {
                    i++;
                }
                else if (Array.IndexOf(stops, css[i]) >= 0)
                {
                    return i;
                }
            }

            return css.Length;
        }

        private int MatchingBrace(int open)
        {
            var depth = 0;
            for (var i = open; i < css.Length; i++)
            {
                if (css[i] is '"' or '\'')
                {
                    i = SkipString(css, i);
                }
                else if (css[i] == '{')
                {
                    depth++;
                }
                else if (css[i] == '}' && --depth == 0)
                {
                    return i;
                }
            }

            return css.Length - 1;
        }

        private void SkipWhitespace()
        {
            while (_position < css.Length && (char.IsWhiteSpace(css[_position]) || css[_position] == '\uFEFF'))
            {
                _position++;
            }
        }
    }
}
