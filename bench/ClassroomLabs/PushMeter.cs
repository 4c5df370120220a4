namespace ClassroomLabsBench;

/// <summary>Counts what the simulated reporters put on the wire: pushes, body bytes, and the pushes the site refused.</summary>
internal sealed class PushMeter() : DelegatingHandler(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
{
    private long _pushes;
    private long _bytes;
    private long _refused;
    private long _snapshotPushes;
    private long _snapshotBytes;

    public (long Pushes, long Bytes, long Refused, long SnapshotPushes, long SnapshotBytes) Read() =>
        (Interlocked.Read(ref _pushes), Interlocked.Read(ref _bytes), Interlocked.Read(ref _refused),
            Interlocked.Read(ref _snapshotPushes), Interlocked.Read(ref _snapshotBytes));

    public void Reset()
    {
        Interlocked.Exchange(ref _pushes, 0);
        Interlocked.Exchange(ref _bytes, 0);
        Interlocked.Exchange(ref _refused, 0);
        Interlocked.Exchange(ref _snapshotPushes, 0);
        Interlocked.Exchange(ref _snapshotBytes, 0);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        long length = 0;
        var snapshot = false;
        if (request.Content is { } content)
        {
            // JsonContent streams without a length: buffer it to count the bytes that go out.
            await content.LoadIntoBufferAsync(cancellationToken);
            length = content.Headers.ContentLength ?? 0;
            snapshot = !(await content.ReadAsStringAsync(cancellationToken)).StartsWith("{\"snapshot\":null", StringComparison.Ordinal);
        }

        Interlocked.Increment(ref _pushes);
        Interlocked.Add(ref _bytes, length);
        if (snapshot)
        {
            Interlocked.Increment(ref _snapshotPushes);
            Interlocked.Add(ref _snapshotBytes, length);
        }

        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _refused);
            }

            return response;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _refused);
            throw;
        }
    }
}
