using System.Threading.Channels;

namespace Course.Web.Data;

/// <summary>
/// A queue of work items with at most one batch under way: whoever queues into an idle lane becomes its worker and
/// hands everything waiting to <c>processAsync</c>, batch after batch, until the lane is empty. No thread waits while
/// the lane is idle. Used to group-commit the quiz answers (<see cref="Components.Progress.AnswerRecorder"/>) and the
/// lab reporters' pushes (<see cref="Components.Cluster.Reporter.LabPushRecorder"/>), and to look up the reporters'
/// tokens (<see cref="Components.Cluster.Reporter.LabTokens"/>): a class doing something at once costs a few
/// statements, not one per student queueing for the database's lock, flush or connections.
/// </summary>
/// <remarks>
/// The worker of an idle lane first waits <paramref name="gatherDelay"/> (PostgreSQL's <c>commit_delay</c> idea): when
/// a class acts at once, the items arriving over those milliseconds share the first batch instead of waiting behind a
/// batch of one. A lone item pays the delay once. <paramref name="processAsync"/> completes or fails every item of its
/// batch itself and never throws.
/// </remarks>
internal sealed class BatchLane<T>(Func<IReadOnlyList<T>, Task> processAsync, TimeSpan gatherDelay)
{
    private const int MaxBatch = 256;

    private readonly Channel<T> _queue = Channel.CreateUnbounded<T>(new() { SingleReader = true });
    private int _writing;

    public void Enqueue(T pending)
    {
        _queue.Writer.TryWrite(pending);
        if (Interlocked.Exchange(ref _writing, 1) == 0)
        {
            _ = Task.Run(WriteQueuedAsync, CancellationToken.None);
        }
    }

    private async Task WriteQueuedAsync()
    {
        if (gatherDelay > TimeSpan.Zero)
        {
            await Task.Delay(gatherDelay);
        }

        while (true)
        {
            var batch = new List<T>();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count > 0)
            {
                await processAsync(batch);
                continue;
            }

            Interlocked.Exchange(ref _writing, 0);

            // An item queued between the last read and the line above found a writer still at work: take it over.
            if (!_queue.Reader.TryPeek(out _) || Interlocked.Exchange(ref _writing, 1) == 1)
            {
                return;
            }
        }
    }
}
