namespace Course.Tests.Infrastructure;

/// <summary>
/// Browser tests share one Chromium and one live site, and run one after another (two cores: parallel browsers
/// only make each other slow and flaky).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<LiveSiteFactory>
{
    public const string Name = "browser";
}
