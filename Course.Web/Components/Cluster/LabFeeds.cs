namespace Course.Web.Components.Cluster;

/// <summary>The labs a view can show: the site's own cluster (direct or demonstration).</summary>
internal sealed class LabFeeds(ILabFeed site)
{
    public ILabFeed Site => site;
}
