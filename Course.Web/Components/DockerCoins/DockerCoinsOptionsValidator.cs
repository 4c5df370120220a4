using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Course.Web.Components.DockerCoins;

/// <summary>Rejects settings that would only fail later, naming the setting so the operator can fix it.</summary>
internal sealed class DockerCoinsOptionsValidator : IValidateOptions<DockerCoinsOptions>
{
    public ValidateOptionsResult Validate(string? name, DockerCoinsOptions options)
    {
        var failures = new List<string>();

        if (options.RedisConfigured)
        {
            try
            {
                ConfigurationOptions.Parse(options.RedisConnectionString!);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or RedisException)
            {
                failures.Add($"{DockerCoinsOptions.ConnectionStringKey} is not a valid StackExchange.Redis connection string: {ex.Message}");
            }
        }

        if (options.Workers is < DockerCoinsOptions.MinWorkers or > DockerCoinsOptions.MaxWorkers)
        {
            failures.Add($"{DockerCoinsOptions.SectionName}:Workers must be between {DockerCoinsOptions.MinWorkers} and {DockerCoinsOptions.MaxWorkers} (got {options.Workers}).");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"{DockerCoinsOptions.SectionName}:TimeZone '{options.TimeZone}' is not a known time zone.");
        }

        foreach (var (key, url) in new[] { ("RngUrl", options.RngUrl), ("HasherUrl", options.HasherUrl), ("WebUiUrl", options.WebUiUrl) })
        {
            if (!string.IsNullOrWhiteSpace(url)
                && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                failures.Add($"{DockerCoinsOptions.SectionName}:{key} must be an absolute http or https URL (got '{url}').");
            }
        }

        if (options.ProbeInterval < DockerCoinsOptions.MinProbeInterval || options.ProbeInterval > DockerCoinsOptions.MaxProbeInterval)
        {
            failures.Add($"{DockerCoinsOptions.SectionName}:ProbeInterval must be between {DockerCoinsOptions.MinProbeInterval} and {DockerCoinsOptions.MaxProbeInterval} (got {options.ProbeInterval}).");
        }

        if (options.ProbeTimeout <= TimeSpan.Zero || options.ProbeTimeout > options.ProbeInterval)
        {
            failures.Add($"{DockerCoinsOptions.SectionName}:ProbeTimeout must be positive and at most ProbeInterval (got {options.ProbeTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
