namespace Course.Tests.Infrastructure;

/// <summary>Builds chapter Markdown for loader tests, valid unless a test changes a part.</summary>
public static class ChapterFile
{
    public static string Valid(string slug = "premier", int order = 1, string title = "Premier chapitre", string body = "## Démarrage\n\nBonjour.\n") =>
        $"""
        ---
        slug: {slug}
        title: "{title}"
        order: {order}
        summary: "Un résumé en une phrase."
        readingMinutes: 3
        objectives:
          - "Premier objectif"
          - "Deuxième objectif"
          - "Troisième objectif"
        ---

        {body}
        """;
}
