namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// The DockerCoins part of a reporter push: the counter reads of the student's own Redis (one a second) and the
/// probe results of their rng, hasher and webui since the previous push. Only what the site has not seen yet.
/// </summary>
public sealed record DockerCoinsReport(IReadOnlyList<CounterSample> Counters, IReadOnlyList<ProbeSample> Probes);
