using Course.Web.Components.DockerCoins;

namespace Course.Web.Components.Cluster;

/// <summary>Puts replica changes on the DockerCoins chart: as the x-axis label of the point where each happened.</summary>
internal static class ReplicaMarks
{
    /// <summary>
    /// A copy of <paramref name="labels"/> (one per chart point; the array is shared by every viewer) with each change's
    /// text on the first point drawn at or after it; changes outside the chart are left out.
    /// </summary>
    internal static string[] Label(string[] labels, IReadOnlyList<HashRatePoint> history, IReadOnlyList<ReplicaChange> changes)
    {
        if (changes.Count == 0 || history.Count == 0 || labels.Length == 0)
        {
            return labels;
        }

        var marked = (string[])labels.Clone();
        var first = history.Count - labels.Length * HashRateChartData.SamplesPerPoint;
        var drawnFrom = history[Math.Max(0, first)].At;
        foreach (var change in changes.Where(c => c.At >= drawnFrom))
        {
            for (var i = 0; i < labels.Length; i++)
            {
                var end = history[first + (i + 1) * HashRateChartData.SamplesPerPoint - 1].At;
                if (end >= change.At)
                {
                    marked[i] = marked[i] == labels[i] ? change.Text : marked[i] + " ; " + change.Text;
                    break;
                }
            }
        }

        return marked;
    }
}
