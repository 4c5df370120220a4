using Microsoft.Diagnostics.Runtime;

namespace CircuitWeight;

/// <summary>
/// What a heap dump of the site holds, read with ClrMD: the live objects (reachable from the GC roots) by type, and,
/// for each Blazor circuit, the objects only that circuit reaches: everything reachable from its <c>CircuitHost</c>
/// without passing through another circuit's host and that the rest of the application (the roots with every
/// circuit host removed) does not reach. What the connection holds (SignalR, Kestrel, WebSocket buffers) is reached
/// from Kestrel's connection manager, so it is part of the type census, not of a circuit's own objects.
/// </summary>
internal sealed class HeapCensus
{
    private const string CircuitHostType = "Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost";

    public Dictionary<string, (long Count, long Bytes)> LiveByType { get; } = new(StringComparer.Ordinal);

    public long LiveBytes { get; private set; }

    public int Circuits { get; private set; }

    /// <summary>Objects reached by one circuit only, summed over every circuit, by type.</summary>
    public Dictionary<string, (long Count, long Bytes)> CircuitOwnByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Per component type: instances, and their two render trees' frames (in use, capacity, bytes).</summary>
    public Dictionary<string, (long Count, long FramesInUse, long FrameCapacity, long FrameBytes)> Components { get; } = new(StringComparer.Ordinal);

    /// <summary>Per component type, the frames of one instance's current tree (kind and name): what a tree is made of.</summary>
    public Dictionary<string, List<string>> SampleFrames { get; } = new(StringComparer.Ordinal);

    public static HeapCensus Read(string dumpPath)
    {
        using var target = DataTarget.LoadDump(dumpPath);
        // The dump is of a site on this machine's runtime: its DAC is beside the runtime this driver runs on.
        var dac = Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "libmscordaccore.so");
        using var runtime = target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true);
        var heap = runtime.Heap;
        var census = new HeapCensus();

        var live = new HashSet<ulong>();
        var hosts = new List<ClrObject>();
        var stack = new Stack<ClrObject>();
        // Pass 1: the application without its circuits (every circuit host is a wall).
        foreach (var root in heap.EnumerateRoots())
        {
            Visit(root.Object);
        }

        Drain(o => Visit(o));
        var outside = new HashSet<ulong>(live);

        // Pass 2: each circuit from its host, stopping at what the application reaches anyway and at other hosts.
        var owner = new Dictionary<ulong, int>();
        for (var i = 0; i < hosts.Count; i++)
        {
            var circuit = i;
            owner[hosts[i].Address] = circuit;
            stack.Push(hosts[i]);
            while (stack.Count > 0)
            {
                var o = stack.Pop();
                foreach (var r in o.EnumerateReferences(carefully: false, considerDependantHandles: true))
                {
                    if (!r.IsValid || (outside.Contains(r.Address) && !IsCircuitPart(r)) || r.Type?.Name == CircuitHostType)
                    {
                        continue;
                    }

                    if (owner.TryGetValue(r.Address, out var seen))
                    {
                        if (seen != circuit && seen != -1)
                        {
                            owner[r.Address] = -1;
                            stack.Push(r);
                        }

                        continue;
                    }

                    owner[r.Address] = circuit;
                    stack.Push(r);
                }
            }
        }

        foreach (var address in outside.Concat(owner.Keys.Where(a => !outside.Contains(a))))
        {
            var o = heap.GetObject(address);
            var name = NameOf(o);
            var size = (long)o.Size;
            Add(census.LiveByType, name, size);
            census.LiveBytes += size;
            if (owner.TryGetValue(address, out var w) && w >= 0)
            {
                Add(census.CircuitOwnByType, name, size);
            }
        }

        census.Circuits = hosts.Count;
        foreach (var address in owner.Keys)
        {
            var state = heap.GetObject(address);
            if (state.Type?.Name != "Microsoft.AspNetCore.Components.Server.Circuits.RemoteComponentState")
            {
                continue;
            }

            var component = NameOf(state.ReadObjectField("<Component>k__BackingField"));
            var (count, used, capacity, bytes) = census.Components.GetValueOrDefault(component);
            foreach (var tree in new[] { "<CurrentRenderTree>k__BackingField" })
            {
                var builder = state.ReadObjectField(tree);
                var entries = builder.IsValid ? builder.ReadObjectField("_entries") : default;
                var items = entries.IsValid ? entries.ReadObjectField("_items") : default;
                if (items.IsValid)
                {
                    if (!census.SampleFrames.ContainsKey(component))
                    {
                        census.SampleFrames[component] = FramesOf(items.AsArray(), entries.ReadField<int>("_itemsInUse"));
                    }

                    used += entries.ReadField<int>("_itemsInUse");
                    capacity += items.AsArray().Length;
                    bytes += (long)items.Size;
                }
            }

            census.Components[component] = (count + 1, used, capacity, bytes);
            // The previous tree (kept until the next render) under its own row.
            var previous = state.ReadObjectField("_nextRenderTree");
            var prevEntries = previous.IsValid ? previous.ReadObjectField("_entries") : default;
            var prevItems = prevEntries.IsValid ? prevEntries.ReadObjectField("_items") : default;
            var key = component + " (previous tree)";
            var row = census.Components.GetValueOrDefault(key);
            census.Components[key] = prevItems.IsValid
                ? (row.Count + 1, row.FramesInUse + prevEntries.ReadField<int>("_itemsInUse"), row.FrameCapacity + prevItems.AsArray().Length, row.FrameBytes + (long)prevItems.Size)
                : (row.Count + 1, row.FramesInUse, row.FrameCapacity, row.FrameBytes);
        }

        return census;

        // RenderTreeFrameType: 1 element, 2 text, 3 attribute, 4 component, 5 region, 6 element reference, 8 markup.
        static List<string> FramesOf(ClrArray frames, int count)
        {
            var list = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                var frame = frames.GetStructValue(i);
                var kind = frame.ReadField<short>("FrameTypeField");
                list.Add(kind switch
                {
                    1 => $"<{frame.ReadStringField("ElementNameField")}>",
                    2 => $"text {Quote(frame.ReadStringField("TextContentField"))}",
                    3 => $"  {frame.ReadStringField("AttributeNameField")}",
                    4 => "component",
                    5 => "region",
                    6 => "  @ref",
                    8 => $"markup {Quote(frame.ReadStringField("MarkupContentField"))}",
                    _ => $"kind {kind}",
                });
            }

            return list;
        }

        static string Quote(string? text) => text is null ? "null"
            : "\"" + (text.Length > 24 ? text[..24] + "…" : text).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

        void Visit(ClrObject o)
        {
            if (!o.IsValid || !live.Add(o.Address))
            {
                return;
            }

            if (o.Type?.Name == CircuitHostType)
            {
                hosts.Add(o);
                return;
            }

            if (IsCircuitPart(o))
            {
                // Reached from the application without its host (an event subscription, a timer): still the circuit's.
                return;
            }

            stack.Push(o);
        }

        void Drain(Action<ClrObject> visit)
        {
            while (stack.Count > 0)
            {
                foreach (var r in stack.Pop().EnumerateReferences(carefully: false, considerDependantHandles: true))
                {
                    visit(r);
                }
            }
        }
    }

    // A circuit's renderer and service scope: walls of pass 1 too, so a component subscribed to a singleton's event does
    // not make the whole circuit look like the application's.
    private static bool IsCircuitPart(ClrObject o) => o.Type?.Name switch
    {
        "Microsoft.AspNetCore.Components.Server.Circuits.RemoteRenderer" => true,
        "Microsoft.Extensions.DependencyInjection.ServiceLookup.ServiceProviderEngineScope" =>
            !o.ReadField<bool>("<IsRootScope>k__BackingField"),
        _ => false,
    };

    private static string NameOf(ClrObject o)
    {
        var name = o.Type?.Name ?? "(unknown)";
        return name.Length > 140 ? name[..140] + "…" : name;
    }

    private static void Add(Dictionary<string, (long Count, long Bytes)> table, string name, long size)
    {
        var (count, bytes) = table.GetValueOrDefault(name);
        table[name] = (count + 1, bytes + size);
    }
}
