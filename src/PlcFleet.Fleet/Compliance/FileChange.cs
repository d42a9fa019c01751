namespace PlcFleet.Fleet.Compliance;

/// <summary>One file touched by a change, with added and removed line counts (a diff stat line).</summary>
public sealed record FileChange(string Path, int Added, int Removed);
