using Course.Tests.Infrastructure;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;

namespace Course.Tests.Quizzes;

/// <summary>The real protected storage and data protection, over one browser's local storage.</summary>
public sealed class ProtectedQuizAnswerStoreTests
{
    private readonly InMemoryLocalStorage _browser = new();

    [Fact]
    public async Task Saved_answers_are_encrypted_in_local_storage_and_read_back()
    {
        var ring = new EphemeralDataProtectionProvider();
        await StoreOn(ring).SaveAsync(Answers("anon:123", ("intro-role-rng", ["b"])));

        var loaded = await StoreOn(ring).LoadAsync();

        Assert.DoesNotContain("intro-role-rng", _browser.Items[ProtectedQuizAnswerStore.Key]);
        Assert.NotNull(loaded);
        Assert.Equal("anon:123", loaded.StudentId);
        Assert.Equal(["b"], loaded.Answers["intro-role-rng"].Selected);
    }

    [Fact]
    public async Task Nothing_saved_loads_as_null()
    {
        var store = StoreOn(new EphemeralDataProtectionProvider());

        Assert.Null(await store.LoadAsync());
        Assert.False(store.HasUnreadableAnswers);
    }

    [Fact]
    public async Task Answers_saved_under_another_key_ring_are_set_aside_never_overwritten_and_come_back_with_their_ring()
    {
        var first = new EphemeralDataProtectionProvider();
        var second = new EphemeralDataProtectionProvider();
        await StoreOn(first).SaveAsync(Answers("anon:1", ("intro-role-rng", ["b"]), ("intro-worker", ["a"])));
        var original = _browser.Items[ProtectedQuizAnswerStore.Key];

        // A restarted server with a new key ring: nothing readable, the student is told, a new answer is saved.
        var restarted = StoreOn(second);
        Assert.Null(await restarted.LoadAsync());
        Assert.True(restarted.HasUnreadableAnswers);
        await restarted.SaveAsync(Answers("anon:2", ("concepts-pod", ["c"])));
        Assert.Contains(original, _browser.Items.Values);

        // Back on the first ring: its answers return, merged with nothing lost; the second ring's copy waits aside.
        var back = StoreOn(first);
        var loaded = await back.LoadAsync();
        Assert.NotNull(loaded);
        Assert.Equal("anon:1", loaded.StudentId);
        Assert.Equal(["intro-role-rng", "intro-worker"], loaded.Answers.Keys.Order());
        Assert.True(back.HasUnreadableAnswers);
        await back.SaveAsync(loaded);
        Assert.DoesNotContain(original, _browser.Items.Values.Where(v => v != _browser.Items[ProtectedQuizAnswerStore.Key]));

        // And the second ring finds its own answer again; the first ring's answers, unreadable to it, wait aside.
        var secondAgain = StoreOn(second);
        var again = await secondAgain.LoadAsync();
        Assert.Equal(["concepts-pod"], again!.Answers.Keys);
        Assert.True(secondAgain.HasUnreadableAnswers);
    }

    [Fact]
    public async Task A_save_before_any_load_never_overwrites_unreadable_answers()
    {
        await StoreOn(new EphemeralDataProtectionProvider()).SaveAsync(Answers("anon:1", ("intro-role-rng", ["b"])));
        var original = _browser.Items[ProtectedQuizAnswerStore.Key];

        await StoreOn(new EphemeralDataProtectionProvider()).SaveAsync(Answers("anon:2", ("intro-worker", ["a"])));

        Assert.NotEqual(original, _browser.Items[ProtectedQuizAnswerStore.Key]);
        Assert.Contains(original, _browser.Items.Values);
    }

    private ProtectedQuizAnswerStore StoreOn(IDataProtectionProvider ring) =>
        new(new ProtectedLocalStorage(_browser, ring), _browser);

    private static StoredQuizAnswers Answers(string studentId, params (string Id, string[] Selected)[] answers) =>
        new(studentId, answers.ToDictionary(a => a.Id, a => new QuizAnswerState(a.Selected, 1, true, true)));
}
