namespace PlcFleet.Verification.Safety.Differential;

/// <summary>A safety output compared in simulation: how the report names it, and its signal in the old and new scan.</summary>
public sealed record WatchedOutput(string Display, string OldSignal, string NewSignal);
