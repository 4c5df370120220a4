namespace Course.Tests.Site;

/// <summary>
/// Start-up failures run alone, after the parallel tests, as the one host of the process: with dozens of hosts
/// starting and stopping beside it, a failing host's shutdown could surface another host's disposal instead of its
/// own error, which a real process (one host) never does.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StartupFailureCollection
{
    public const string Name = "startup-failures";
}
