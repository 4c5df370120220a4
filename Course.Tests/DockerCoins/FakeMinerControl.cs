using Course.Web.Components.DockerCoins;

namespace Course.Tests.DockerCoins;

internal sealed class FakeMinerControl(bool isEnabled, int workers = 1) : IMinerControl
{
    public bool IsEnabled { get; } = isEnabled;

    public int WorkerCount { get; private set; } = workers;

    public void SetWorkerCount(int workers) => WorkerCount = Math.Clamp(workers, 1, 20);

    public IDisposable Subscribe(Func<int, Task> onWorkerCountChanged) => new NoSubscription();

    private sealed class NoSubscription : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
