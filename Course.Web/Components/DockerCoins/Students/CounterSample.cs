namespace Course.Web.Components.DockerCoins.Students;

/// <summary>One read of <c>hashes</c> and the size of <c>wallet</c> by the reporter; nulls when the read failed.</summary>
public sealed record CounterSample(DateTimeOffset At, long? Hashes, long? Coins)
{
    public bool IsGap => Hashes is null || Coins is null;
}
