namespace Course.Web.Components.DockerCoins.Students;

/// <summary>What one replica tells the others after storing a DockerCoins push: whose, and which stored push.</summary>
internal sealed record ReportedDockerCoinsChange(string UserId, long PushId);
