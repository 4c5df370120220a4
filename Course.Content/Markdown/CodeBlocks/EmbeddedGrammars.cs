using System.Reflection;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Course.Content.Markdown.CodeBlocks;

/// <summary>
/// Loads only the shell and YAML grammars from TextMateSharp.Grammars' resources. Its <c>RegistryOptions</c> reads the
/// index of all 50-odd languages and a colour theme first, seconds of start-up the course does not need: colours come
/// from the site's stylesheet, so the theme here is an empty one.
/// </summary>
internal sealed class EmbeddedGrammars : IRegistryOptions
{
    public const string ShellScope = "source.shell";
    public const string YamlScope = "source.yaml";

    private const string Prefix = "TextMateSharp.Grammars.Resources.Grammars.";
    private static readonly Assembly Resources = typeof(RegistryOptions).Assembly;

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        [ShellScope] = Prefix + "shellscript.syntaxes.shell-unix-bash.tmLanguage.json",
        [YamlScope] = Prefix + "yaml.syntaxes.yaml.tmLanguage.json",
    };

    public IRawGrammar? GetGrammar(string scopeName)
    {
        if (!Files.TryGetValue(scopeName, out var resource))
        {
            return null;
        }

        using var stream = Resources.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"TextMateSharp.Grammars has no resource '{resource}'.");
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    public ICollection<string>? GetInjections(string scopeName) => null;

    public IRawTheme GetTheme(string scopeName) => GetDefaultTheme();

    public IRawTheme GetDefaultTheme()
    {
        using var reader = new StreamReader(new MemoryStream("{\"name\":\"none\",\"settings\":[]}"u8.ToArray()));
        return ThemeReader.ReadThemeSync(reader);
    }
}
