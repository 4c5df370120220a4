using System.Security.Claims;

namespace Course.Web.Components.DockerCoins;

/// <summary>The policy of a site without accounts: the miner is everyone's to explore.</summary>
internal sealed class AnyoneMayChangeMiner : IMinerChangePolicy
{
    public ValueTask<bool> MayChangeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => ValueTask.FromResult(true);
}
