namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>One successful measurement of a service with the worker count running at that moment.</summary>
internal readonly record struct WorkerLatency(int Workers, TimeSpan Latency);
