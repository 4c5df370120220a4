using System.Security.Claims;

namespace Course.Web.Components.DockerCoins;

/// <summary>Who may change the shared embedded miner's worker count (checked on the server for every change).</summary>
public interface IMinerChangePolicy
{
    /// <summary>True when <paramref name="user"/> may move the shared miner.</summary>
    ValueTask<bool> MayChangeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
