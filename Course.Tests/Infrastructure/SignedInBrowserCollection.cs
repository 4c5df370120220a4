namespace Course.Tests.Infrastructure;

/// <summary>
/// The browser tests of signed-in areas (accounts, the instructor's dashboard, the labs), with their own Chromium and
/// live site: they run beside <see cref="BrowserCollection"/> instead of after it, so the suite's longest chain of
/// serial tests is split in two. Each collection still runs its own tests one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SignedInBrowserCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<LiveSiteFactory>
{
    public const string Name = "browser-signed-in";
}
