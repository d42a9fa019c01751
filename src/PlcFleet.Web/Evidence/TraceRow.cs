namespace PlcFleet.Web.Evidence;

/// <summary>The recorded signal values after one scan, in the order of <see cref="EquivalenceTrace.Signals"/>.</summary>
public sealed record TraceRow(long Cycle, double TimeMs, IReadOnlyList<string> Values)
{
    public string ValueAt(int signal) => signal < Values.Count ? Values[signal] : "";
}
