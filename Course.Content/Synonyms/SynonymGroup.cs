namespace Course.Content.Synonyms;

/// <summary>Words or phrases that mean the same thing to a student, e.g. "scheduler" and "planificateur".</summary>
/// <param name="Terms">Two or more words or phrases, as the author wrote them.</param>
/// <param name="Line">The 1-based line of the group in its file.</param>
public sealed record SynonymGroup(IReadOnlyList<string> Terms, int Line);
