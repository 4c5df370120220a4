using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// Keeps anonymous answers in the browser's local storage, encrypted by ASP.NET Core data protection so the
/// browser cannot forge a score. JavaScript interop only works once the circuit is interactive.
/// </summary>
/// <remarks>
/// Answers saved under another key ring (a container restarted without its keys) cannot be read here. They are
/// never overwritten: the unreadable value is copied aside first, under its own key, and merged back in as soon as
/// a server that can read it loads the page again.
/// </remarks>
internal sealed class ProtectedQuizAnswerStore(ProtectedLocalStorage storage, IJSRuntime js) : IQuizAnswerStore
{
    public const string Key = "course.quizzes.v1";
    public const string AsideIndexKey = "course.quizzes.v1.aside";

    // Data protection binds a value to the key it was saved under: set-aside copies are read with the original one.
    private static readonly string Purpose = $"{typeof(ProtectedLocalStorage).FullName}:{Key}";

    private List<string> _aside = [];
    private readonly List<string> _restored = [];
    private bool _checked;

    public bool HasUnreadableAnswers { get; private set; }

    public async ValueTask<StoredQuizAnswers?> LoadAsync()
    {
        _aside = await ReadIndexAsync();
        StoredQuizAnswers? answers = null;
        if (await js.InvokeAsync<string?>("localStorage.getItem", Key) is { } saved)
        {
            answers = await TryReadAsync(Key);
            if (answers is null)
            {
                await SetAsideAsync(saved);
            }
        }

        _restored.Clear();
        foreach (var slot in _aside)
        {
            if (await TryReadAsync(slot) is { } restored)
            {
                answers = Merge(answers, restored);
                _restored.Add(slot);
            }
        }

        HasUnreadableAnswers = _restored.Count < _aside.Count;
        _checked = true;
        return answers;
    }

    public async ValueTask SaveAsync(StoredQuizAnswers answers)
    {
        // Never write over a value nobody has looked at: it may be answers this server cannot read.
        if (!_checked)
        {
            await LoadAsync();
        }

        await storage.SetAsync(Purpose, Key, answers);

        // Copies merged into what was just saved are no longer needed.
        if (_restored.Count > 0)
        {
            _aside.RemoveAll(_restored.Contains);
            await js.InvokeVoidAsync("localStorage.setItem", AsideIndexKey, JsonSerializer.Serialize(_aside));
            foreach (var slot in _restored)
            {
                await js.InvokeVoidAsync("localStorage.removeItem", slot);
            }

            _restored.Clear();
        }
    }

    private async Task<StoredQuizAnswers?> TryReadAsync(string key)
    {
        try
        {
            var result = await storage.GetAsync<StoredQuizAnswers>(Purpose, key);
            return result.Success ? result.Value : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private async Task SetAsideAsync(string saved)
    {
        foreach (var slot in _aside)
        {
            if (await js.InvokeAsync<string?>("localStorage.getItem", slot) == saved)
            {
                return;
            }
        }

        var key = $"{AsideIndexKey}.{Guid.NewGuid():N}";
        await js.InvokeVoidAsync("localStorage.setItem", key, saved);
        _aside.Add(key);
        await js.InvokeVoidAsync("localStorage.setItem", AsideIndexKey, JsonSerializer.Serialize(_aside));
    }

    private async Task<List<string>> ReadIndexAsync()
    {
        var index = await js.InvokeAsync<string?>("localStorage.getItem", AsideIndexKey);
        try
        {
            return index is null ? [] : JsonSerializer.Deserialize<List<string>>(index) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    // What was answered here wins; a question answered only in the set-aside copy comes back.
    private static StoredQuizAnswers Merge(StoredQuizAnswers? current, StoredQuizAnswers restored)
    {
        if (current is null)
        {
            return restored;
        }

        var answers = new Dictionary<string, QuizAnswerState>(current.Answers, StringComparer.Ordinal);
        foreach (var (id, state) in restored.Answers)
        {
            answers.TryAdd(id, state);
        }

        return current with { Answers = answers };
    }
}
