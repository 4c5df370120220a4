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
internal sealed class LabTokens(IDbContextFactory<CourseDbContext> contexts, TimeProvider time)
{
    public const string Provider = "CourseLabReporter";
    internal const string Name = "token";

    /// <summary>How long a validated token is trusted without asking the database again (a revocation takes this long at most).</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, (string? UserId, string? Email, DateTimeOffset Until)> _cache = [];
    private readonly Lock _gate = new();

    /// <summary>Issues a new token for <paramref name="userId"/>, revoking the previous one; returns it (the only time it is readable).</summary>
    public async Task<string> IssueAsync(string userId, CancellationToken cancellationToken = default)
    {
        var token = NewToken();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ExecuteDeleteAsync(cancellationToken);
        context.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = Name, Value = Hash(token) });
        await context.SaveChangesAsync(cancellationToken);
        ForgetCache();
        return token;
    }

    public async Task RevokeAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ExecuteDeleteAsync(cancellationToken);
        ForgetCache();
    }

    public async Task<bool> HasTokenAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
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
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_cache.TryGetValue(hash, out var cached) && cached.Until > now)
            {
                return cached.UserId is null ? null : (cached.UserId, cached.Email!);
            }
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = await context.UserTokens.Where(t => t.LoginProvider == Provider && t.Value == hash)
            .Join(context.Users, t => t.UserId, u => u.Id, (t, u) => new { u.Id, u.Email })
            .FirstOrDefaultAsync(cancellationToken);
        lock (_gate)
        {
            _cache[hash] = (owner?.Id, owner?.Email, now + CacheFor);
        }

        return owner is null ? null : (owner.Id, owner.Email ?? owner.Id);
    }

    private void ForgetCache()
    {
        lock (_gate)
        {
            _cache.Clear();
        }
    }

    /// <summary>A new random token, URL-safe.</summary>
    internal static string NewToken() => "lab_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>What is stored of a token (the bench seeding a class in bulk stores the same).</summary>
    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
