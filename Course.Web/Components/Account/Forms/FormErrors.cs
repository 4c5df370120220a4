namespace Course.Web.Components.Account.Forms;

/// <summary>French messages for a posted form, by field name; empty when the form is valid.</summary>
internal sealed class FormErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    /// <summary>The message for <paramref name="field"/>, or null when it is valid.</summary>
    public string? For(string field) => _byField.GetValueOrDefault(field);

    /// <summary>Adds a message to a field; a field with several problems lists each once (Identity repeats some).</summary>
    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var existing))
        {
            _byField[field] = message;
        }
        else if (!existing.Contains(message, StringComparison.Ordinal))
        {
            _byField[field] = existing + " " + message;
        }
    }
}
