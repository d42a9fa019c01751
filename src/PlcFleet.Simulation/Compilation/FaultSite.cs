using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.Compilation;

/// <summary>Where an operation that can fault sits in the source: its text and file:line:column, baked into compiled code.</summary>
internal sealed record FaultSite(string Text, FaultLocation? Location);
