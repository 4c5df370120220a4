using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Course.Content.Loading;
using Course.Content.Markdown.CodeBlocks;

// Usage: ContentLoadBench load|highlight. Prints one number: milliseconds from the first call, JIT included, as
// the site pays it once at start-up. "load" loads and renders the whole course; "highlight" only highlights the
// chapters' shell and YAML blocks (what server-side highlighting adds to that load).
var mode = args.Length > 0 ? args[0] : "load";
var clock = Stopwatch.StartNew();
if (mode == "highlight")
{
    var fence = new Regex("^```(\\w+)\\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
    foreach (var file in Directory.GetFiles(ChapterLoader.DefaultDirectory, "*.md"))
    {
        foreach (Match block in fence.Matches(File.ReadAllText(file)))
        {
            CodeHighlighter.ToHtml(block.Groups[2].Value, block.Groups[1].Value);
        }
    }
}
else
{
    ChapterLoader.LoadDirectory(ChapterLoader.DefaultDirectory);
}

Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
