namespace Course.Tests.Infrastructure;

/// <summary>
/// The release gate's Chromium audits, beside the <see cref="BrowserCollection"/> rather than in it: the gate alone
/// runs five to six minutes, and queued behind the other browser classes it kept the second core idle for as long at
/// the end of the suite. Its own Chromium and live site let the two run side by side, one per core.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GateCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<LiveSiteFactory>
{
    public const string Name = "gate";
}
