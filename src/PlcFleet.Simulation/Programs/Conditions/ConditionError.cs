namespace PlcFleet.Simulation.Programs.Conditions;

/// <summary>Why a condition was rejected, and where: an offset and length within the condition's text.</summary>
public sealed record ConditionError(int Offset, int Length, string Message);
