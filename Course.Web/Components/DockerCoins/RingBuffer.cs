namespace Course.Web.Components.DockerCoins;

/// <summary>Fixed-capacity buffer that overwrites its oldest item; not thread-safe (one producer owns it).</summary>
internal sealed class RingBuffer<T>(int capacity)
{
    private readonly T[] _items = capacity > 0
        ? new T[capacity]
        : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "Capacity must be positive.");
    private int _start;

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    /// <summary>Item by age: 0 is the oldest kept.</summary>
    public T this[int index] => (uint)index < (uint)Count
        ? _items[(_start + index) % _items.Length]
        : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T item)
    {
        if (Count < _items.Length)
        {
            _items[(_start + Count) % _items.Length] = item;
            Count++;
            return;
        }

        _items[_start] = item;
        _start = (_start + 1) % _items.Length;
    }

    /// <summary>Rewrites the newest item, e.g. once values computed from the whole buffer are known.</summary>
    public void ReplaceNewest(T item)
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("The buffer is empty.");
        }

        _items[(_start + Count - 1) % _items.Length] = item;
    }

    public T[] ToArray()
    {
        var copy = new T[Count];
        for (var i = 0; i < Count; i++)
        {
            copy[i] = this[i];
        }

        return copy;
    }
}
