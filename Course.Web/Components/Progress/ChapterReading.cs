using Course.Content.Model;
using Microsoft.AspNetCore.Components.Authorization;

namespace Course.Web.Components.Progress;

/// <summary>
/// The chapters a signed-in student of one circuit visited and read: loaded once per circuit, visits written at
/// most once per <see cref="VisitThrottle"/> per chapter. Anonymous visitors get nothing recorded.
/// </summary>
internal sealed class ChapterReading(
    CourseContent course,
    ChapterProgressStore store,
    AuthenticationStateProvider authentication,
    TimeProvider time,
    ILogger<ChapterReading> logger)
{
    /// <summary>A visit to a chapter visited less than this long ago is not written again.</summary>
    public static readonly TimeSpan VisitThrottle = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, DateTime> _lastVisits = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private string? _userId;
    private Task? _loading;

    /// <summary>Raised when a chapter becomes read or the state is loaded.</summary>
    public event Action? Changed;

    /// <summary>True once loaded for a signed-in student.</summary>
    public bool IsSignedIn => _userId is not null;

    /// <summary>Loads the student's chapter progress once per circuit.</summary>
    public Task EnsureLoadedAsync() => _loading ??= LoadAsync();

    /// <summary>Whether the signed-in student has read the chapter.</summary>
    public bool IsRead(string chapterSlug) => _read.Contains(chapterSlug);

    /// <summary>Records that the student opened the chapter (throttled). Failures are logged: a visit is not worth an error.</summary>
    public async Task VisitAsync(string chapterSlug)
    {
        await EnsureLoadedAsync();
        var now = time.GetUtcNow().UtcDateTime;
        // The slug comes from the browser (the chapter end is a JavaScript root component): only the course's chapters are recorded.
        if (_userId is not { } userId || course.FindChapter(chapterSlug) is null || (_lastVisits.TryGetValue(chapterSlug, out var last) && now - last < VisitThrottle))
        {
            return;
        }

        _lastVisits[chapterSlug] = now;
        try
        {
            await store.RecordVisitAsync(userId, chapterSlug);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _lastVisits.Remove(chapterSlug);
            ProgressLog.ChapterProgressFailed(logger, userId, chapterSlug, e);
        }
    }

    /// <summary>
    /// Marks the chapter read once it is committed. Returns false when it could not be saved (the student is told).
    /// </summary>
    public async Task<bool> MarkReadAsync(string chapterSlug)
    {
        await EnsureLoadedAsync();
        if (_userId is not { } userId || course.FindChapter(chapterSlug) is null)
        {
            return false;
        }

        if (_read.Contains(chapterSlug))
        {
            return true;
        }

        try
        {
            await store.MarkReadAsync(userId, chapterSlug);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ProgressLog.ChapterProgressFailed(logger, userId, chapterSlug, e);
            return false;
        }

        _read.Add(chapterSlug);
        Changed?.Invoke();
        return true;
    }

    private async Task LoadAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        _userId = SignedInStudent.UserIdOf(state.User);
        if (_userId is null)
        {
            return;
        }

        try
        {
            foreach (var (slug, row) in await store.LoadAsync(_userId))
            {
                _lastVisits[slug] = row.LastVisitedAt;
                if (row.ReadAt is not null)
                {
                    _read.Add(slug);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ProgressLog.ChapterProgressFailed(logger, _userId, "*", e);
        }

        Changed?.Invoke();
    }
}
