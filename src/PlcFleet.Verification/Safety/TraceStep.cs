namespace PlcFleet.Verification.Safety;

/// <summary>
/// One stretch of the input trace the differential check found: from scan <see cref="Scan"/> (at <see cref="Time"/>) the
/// listed inputs take these values (the rest keep theirs) for <see cref="Scans"/> scans, after a warm restart if marked;
/// <see cref="Before"/> and <see cref="After"/> are the safety output in the old and the new code at the stretch's last scan.
/// </summary>
public sealed record TraceStep(int Scan, TimeSpan Time, int Scans, bool WarmRestart, IReadOnlyDictionary<string, string> Inputs, string Before, string After)
{
    public override string ToString()
    {
        var changes = Inputs.Count == 0 ? "(no change)" : string.Join(", ", Inputs.Select(i => $"{i.Key} := {i.Value}"));
        var restart = WarmRestart ? "warm restart; " : string.Empty;
        var time = PlcFleet.Simulation.Values.IecTime.FormatShort(Time);
        return $"scan {Scan} ({time}): {restart}{changes}; {(Scans == 1 ? "1 scan" : $"{Scans} scans")}; output old {Before}, new {After}";
    }
}
