namespace Course.Tests.Faults;

/// <summary>One answer a student checked, and the save state its quiz card showed (null while none was shown).</summary>
internal sealed class CheckedAnswer(string option)
{
    public const string Saved = "saved";
    public const string NotSaved = "not-saved";

    public string Option { get; } = option;

    public string? SaveState { get; set; }

    public string? SaveText { get; set; }

    public override string ToString() => $"{Option}:{SaveState ?? "?"}";
}
