namespace Course.Content.Loading;

/// <summary>Thrown when the course content is invalid; the site must not start on half a course.</summary>
public sealed class InvalidContentException(IReadOnlyList<ContentError> errors)
    : Exception("Invalid course content:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    /// <summary>Every problem found, each naming its file and line.</summary>
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
