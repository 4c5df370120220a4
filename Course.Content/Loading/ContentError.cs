namespace Course.Content.Loading;

/// <summary>One problem found in the course content, located by file and 1-based line.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Message}";
}
