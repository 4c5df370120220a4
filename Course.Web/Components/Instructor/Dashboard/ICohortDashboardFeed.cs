using Course.Web.Components.Instructor.Statistics;

namespace Course.Web.Components.Instructor.Dashboard;

/// <summary>Pushes a cohort's recomputed dashboard to the components showing it.</summary>
public interface ICohortDashboardFeed
{
    /// <summary>Calls <paramref name="onDashboard"/> with each new dashboard of <paramref name="cohortId"/>; dispose to stop.</summary>
    IDisposable Subscribe(int cohortId, Func<CohortDashboard, Task> onDashboard);

    /// <summary>Asks for a recomputation of <paramref name="cohortId"/> in the next batch (e.g. after its thresholds changed).</summary>
    void RequestRefresh(int cohortId);
}
