using System.Threading.Channels;

namespace Course.Web.Components.Progress;

/// <summary>
/// A queue of answers with at most one commit under way: whoever queues into an idle lane becomes its writer and
/// commits everything waiting, batch after batch, until the lane is empty. No thread waits while the lane is idle.
/// </summary>
/// <remarks>
/// The writer of an idle lane first waits <paramref name="gatherDelay"/> (PostgreSQL's <c>commit_delay</c> idea): when
/// a class answers at once, the answers arriving over those milliseconds share the first commit instead of waiting
/// behind a commit of one. A lone answer pays the delay once.
/// </remarks>
internal sealed class AnswerCommitLane(Func<IReadOnlyList<PendingAnswers>, Task> commitAsync, TimeSpan gatherDelay)
{
    private const int MaxBatch = 256;

    private readonly Channel<PendingAnswers> _queue = Channel.CreateUnbounded<PendingAnswers>(new() { SingleReader = true });
    private int _writing;

    public void Enqueue(PendingAnswers pending)
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
            var batch = new List<PendingAnswers>();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count > 0)
            {
                // commitAsync completes or fails every item itself and never throws.
                await commitAsync(batch);
                continue;
            }

            Interlocked.Exchange(ref _writing, 0);

            // An answer queued between the last read and the line above found a writer still at work: take it over.
            if (!_queue.Reader.TryPeek(out _) || Interlocked.Exchange(ref _writing, 1) == 1)
            {
                return;
            }
        }
    }
}
