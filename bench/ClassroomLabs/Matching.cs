namespace ClassroomLabsBench;

/// <summary>Pairs each push with the moment a page showed it.</summary>
internal static class Matching
{
    // Chromium's and .NET's clocks are the same system clock; a few ms of rounding either way is not a negative delay.
    private const double Rounding = 5;

    /// <summary>Student pages: the moving pod of change k appears once, under its unique name.</summary>
    public static (List<double> Latencies, int Missed) StudentPages(IEnumerable<Push> pushes, Dictionary<int, List<Sighting>> sightings)
    {
        var latencies = new List<double>();
        var missed = 0;
        foreach (var push in pushes.Where(p => sightings.ContainsKey(p.Student)))
        {
            var name = FakeLab.MovingPod(push.Sequence);
            if (sightings[push.Student].FirstOrDefault(s => s.Key == name) is { } seen && seen.SeenAt >= push.SentAt - Rounding)
            {
                latencies.Add(Math.Max(0, seen.SeenAt - push.SentAt));
            }
            else
            {
                missed++;
            }
        }

        return (latencies, missed);
    }

    /// <summary>
    /// The instructor's grid: each change flips the student's passed-check count, so push k is the first change of that
    /// row after it was sent and before the student's next push (a later change belongs to the next push).
    /// </summary>
    public static (List<double> Latencies, int Missed) Grid(IEnumerable<Push> pushes, List<Sighting> sightings, IReadOnlyDictionary<int, string> emails)
    {
        var latencies = new List<double>();
        var missed = 0;
        var byEmail = sightings.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.OrderBy(s => s.SeenAt).ToList());
        foreach (var student in pushes.GroupBy(p => p.Student))
        {
            var ordered = student.OrderBy(p => p.SentAt).ToList();
            var rows = byEmail.GetValueOrDefault(emails[student.Key]) ?? [];
            for (var i = 0; i < ordered.Count; i++)
            {
                var from = ordered[i].SentAt - Rounding;
                var until = i + 1 < ordered.Count ? ordered[i + 1].SentAt : double.MaxValue;
                if (rows.FirstOrDefault(s => s.SeenAt >= from && s.SeenAt < until) is { } seen)
                {
                    latencies.Add(Math.Max(0, seen.SeenAt - ordered[i].SentAt));
                }
                else
                {
                    missed++;
                }
            }
        }

        return (latencies, missed);
    }
}
