namespace PlcFleet.Fleet.Audit;

/// <summary>One line of the checkpoint file: the chain head at a moment, and whether its signature holds.</summary>
public sealed record AuditCheckpoint(int Line, long Sequence, string Hash, string TimeUtc, bool Signed);
