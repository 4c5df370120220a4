using System.Security.Cryptography;
using System.Text;
using Course.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// Each student's lab reporter token: one per student, shown once, revocable. Only its SHA-256 is stored, as an
/// Identity user token (login provider <see cref="Provider"/>), so a database leak does not let anyone push.
/// </summary>
/// <remarks>
/// A validation is remembered <see cref="CacheFor"/>, so a reporter pushing every few seconds costs a database read
/// now and then, not one per push. The reads that remain go through one lane (<see cref="BatchLane{T}"/>): a class's
/// reporters starting in the same second cost a few queries, not 200 connections at once. Issuing or revoking a
/// token here forgets that student's entries at once; a token revoked through another replica may still be honoured
/// here until its entry expires (at most <see cref="CacheFor"/>).
/// </remarks>
internal sealed class LabTokens
{
    public const string Provider = "CourseLabReporter";
    internal const string Name = "token";

    /// <summary>
    /// How long a validated token is trusted without asking the database again (a revocation on another replica takes
    /// this long at most). A class of 200 reporters then costs about 7 token reads a second: with 10 s it was 20, the
    /// largest share of the site's CPU while a class pushes (docs/benchmarks.md, "Classroom labs").
    /// </summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    // Wrong tokens are remembered too (a misconfigured reporter retries): bounded, so random tokens cannot fill memory.
    private const int MaxCached = 10_000;

    private readonly Dictionary<string, (string? UserId, string? Email, DateTimeOffset Until)> _cache = [];
    private readonly Lock _gate = new();
    private readonly IDbContextFactory<CourseDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly BatchLane<Lookup> _lookups;

    // Compiled once per site: a class's reporters re-validate their tokens all day, and building and translating the
    // LINQ expression for each lookup cost more CPU than running it. Per instance, not static: a compiled query keeps
    // the SQL of the first database provider it ran on (the tests run SQLite and PostgreSQL sites in one process).
    private readonly Func<CourseDbContext, string[], IAsyncEnumerable<TokenOwner>> _ownersOf = EF.CompileAsyncQuery(
        (CourseDbContext context, string[] hashes) => context.UserTokens
            .Where(t => t.LoginProvider == Provider && t.Value != null && hashes.Contains(t.Value))
            .Join(context.Users, t => t.UserId, u => u.Id, (t, u) => new TokenOwner(t.Value!, u.Id, u.Email)));
    private long _forgets;

    public LabTokens(IDbContextFactory<CourseDbContext> contexts, TimeProvider time)
    {
        (_contexts, _time) = (contexts, time);
        // No gathering delay: a lone lookup goes at once; a burst queues behind the one under way and shares the next.
        _lookups = new BatchLane<Lookup>(LookUpAsync, TimeSpan.Zero);
    }

    /// <summary>Issues a new token for <paramref name="userId"/>, revoking the previous one; returns it (the only time it is readable).</summary>
    public async Task<string> IssueAsync(string userId, CancellationToken cancellationToken = default)
    {
        var token = NewToken();
        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        await context.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ExecuteDeleteAsync(cancellationToken);
        context.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = Name, Value = Hash(token) });
        await context.SaveChangesAsync(cancellationToken);
        Forget(userId, Hash(token));
        return token;
    }

    public async Task RevokeAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        await context.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ExecuteDeleteAsync(cancellationToken);
        Forget(userId, null);
    }

    public async Task<bool> HasTokenAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        return await context.UserTokens.AnyAsync(t => t.UserId == userId && t.LoginProvider == Provider, cancellationToken);
    }

    /// <summary>The student a token belongs to (id and e-mail), or null for a wrong or revoked token.</summary>
    public async Task<(string UserId, string Email)?> ValidateAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        Lookup lookup;
        lock (_gate)
        {
            if (_cache.TryGetValue(hash, out var cached) && cached.Until > _time.GetUtcNow())
            {
                return cached.UserId is null ? null : (cached.UserId, cached.Email!);
            }

            lookup = new Lookup(hash, _forgets);
        }

        _lookups.Enqueue(lookup);
        return await lookup.Owner.Task.WaitAsync(cancellationToken);
    }

    private async Task LookUpAsync(IReadOnlyList<Lookup> batch)
    {
        try
        {
            var hashes = batch.Select(l => l.Hash).Distinct().ToArray();
            await using var context = await _contexts.CreateDbContextAsync();
            var owners = new Dictionary<string, (string Id, string Email)>();
            await foreach (var owner in _ownersOf(context, hashes))
            {
                owners.TryAdd(owner.Hash, (owner.UserId, owner.Email ?? owner.UserId));
            }

            var now = _time.GetUtcNow();
            lock (_gate)
            {
                MakeRoom(now);
                foreach (var lookup in batch.Where(l => l.Forgets == _forgets))
                {
                    // Kept only when no token was issued or revoked during the read: what it found may be outdated.
                    var owner = owners.GetValueOrDefault(lookup.Hash);
                    _cache[lookup.Hash] = (owner.Id, owner.Email, now + CacheFor);
                }
            }

            foreach (var lookup in batch)
            {
                lookup.Owner.TrySetResult(owners.TryGetValue(lookup.Hash, out var owner) ? owner : null);
            }
        }
        catch (Exception exception)
        {
            foreach (var lookup in batch)
            {
                lookup.Owner.TrySetException(exception);
            }
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (_cache.Count < MaxCached)
        {
            return;
        }

        foreach (var expired in _cache.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
        {
            _cache.Remove(expired);
        }

        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }
    }

    /// <summary>
    /// Forgets <paramref name="userId"/>'s cached tokens (a revoked one is refused at once) and what was cached of
    /// <paramref name="newHash"/>; the rest of the class keeps its entries.
    /// </summary>
    private void Forget(string userId, string? newHash)
    {
        lock (_gate)
        {
            _forgets++;
            foreach (var hash in _cache.Where(e => e.Value.UserId == userId).Select(e => e.Key).ToList())
            {
                _cache.Remove(hash);
            }

            if (newHash is not null)
            {
                _cache.Remove(newHash);
            }
        }
    }

    /// <summary>A new random token, URL-safe.</summary>
    internal static string NewToken() => "lab_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>What is stored of a token (the bench seeding a class in bulk stores the same).</summary>
    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private sealed record TokenOwner(string Hash, string UserId, string? Email);

    /// <summary>A token's hash waiting for the next lookup, and the cache generation it was missed in.</summary>
    private sealed class Lookup(string hash, long forgets)
    {
        public string Hash { get; } = hash;

        public long Forgets { get; } = forgets;

        public TaskCompletionSource<(string UserId, string Email)?> Owner { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
