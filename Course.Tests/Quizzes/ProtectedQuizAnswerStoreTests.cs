using Bunit;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;

namespace Course.Tests.Quizzes;

public sealed class ProtectedQuizAnswerStoreTests : BunitContext
{
    [Fact]
    public async Task Saved_answers_are_encrypted_in_local_storage_and_read_back()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var storage = new ProtectedLocalStorage(JSInterop.JSRuntime, new EphemeralDataProtectionProvider());
        var store = new ProtectedQuizAnswerStore(storage);
        var answers = new StoredQuizAnswers("anon:123", new()
        {
            ["intro-role-rng"] = new QuizAnswerState(["b"], 2, false, true),
        });

        await store.SaveAsync(answers);
        var saved = JSInterop.Invocations.Single(i => i.Identifier == "localStorage.setItem");
        var key = (string)saved.Arguments[0]!;
        var value = (string)saved.Arguments[1]!;
        JSInterop.Setup<string?>("localStorage.getItem", key).SetResult(value);
        var loaded = await store.LoadAsync();

        Assert.DoesNotContain("intro-role-rng", value);
        Assert.NotNull(loaded);
        Assert.Equal("anon:123", loaded.StudentId);
        var state = loaded.Answers["intro-role-rng"];
        Assert.Equal(["b"], state.Selected);
        Assert.Equal((2, false, true), (state.Attempts, state.FirstTryCorrect, state.LastCorrect));
    }

    [Fact]
    public async Task Nothing_saved_loads_as_null()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var store = new ProtectedQuizAnswerStore(new ProtectedLocalStorage(JSInterop.JSRuntime, new EphemeralDataProtectionProvider()));

        Assert.Null(await store.LoadAsync());
    }
}
