namespace PlcFleet.Simulation.Equivalence;

/// <summary>An input trace with where it came from (a scenario file, or a random trace and its seed).</summary>
public sealed record NamedTrace(string Source, InputTrace Trace);
