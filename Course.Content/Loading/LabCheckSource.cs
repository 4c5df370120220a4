namespace Course.Content.Loading;

/// <summary>One <c>labChecks:</c> entry as written, with the lines errors point at.</summary>
internal sealed record LabCheckSource(string Id, string Title, string Command, string Review, int Line, int ReviewLine);
