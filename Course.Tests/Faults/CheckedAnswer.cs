namespace Course.Tests.Faults;

/// <summary>
/// One answer a student checked on a quiz card, and the save state the card showed for it (null while none was shown:
/// in flight when the fault struck).
/// </summary>
internal sealed record CheckedAnswer(string Option, string? SaveState, string? SaveText)
{
    public const string Saved = "saved";
    public const string NotSaved = "not-saved";

    public override string ToString() => $"{Option}:{SaveState ?? "?"}";
}
