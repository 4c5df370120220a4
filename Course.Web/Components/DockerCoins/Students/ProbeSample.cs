namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// One probe of a DockerCoins service by the reporter: <paramref name="Service"/> is <c>rng</c>, <c>hasher</c> or
/// <c>webui</c>; <paramref name="Error"/> (French) is null when the answer was right; <paramref name="Workers"/> is the
/// ready <c>worker</c> replicas of the student's cluster at that moment, when known (the bottleneck hint needs it).
/// </summary>
public sealed record ProbeSample(string Service, DateTimeOffset At, double? LatencyMs, string? Error, bool TimedOut, int? Workers);
