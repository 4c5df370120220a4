using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Course.Web.Components.Proxies;

/// <summary>
/// The reverse proxies whose forwarded headers the site believes (section "TrustedProxies"). Behind the Ingress every
/// request comes from the ingress controller's pod: without this, a whole school shares one address for the circuit
/// limit and the logs. Empty (the default, for a site reached directly) believes no one, so a client cannot choose
/// its own address by sending the header.
/// </summary>
internal sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "TrustedProxies";

    /// <summary>Networks in CIDR notation (e.g. <c>10.244.0.0/16</c>, the cluster's pod network).</summary>
    public List<string> Networks { get; set; } = [];

    public IEnumerable<IPNetwork> ParsedNetworks() => Networks.Select(n => IPNetwork.Parse(n.Trim()));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Networks
            .Select((network, index) => (network, index))
            .Where(n => !IPNetwork.TryParse(n.network.Trim(), out _))
            .Select(n => new ValidationResult(
                $"{Section}:Networks:{n.index} is '{n.network}', not a network in CIDR notation such as 10.244.0.0/16.",
                [nameof(Networks)]));
}
