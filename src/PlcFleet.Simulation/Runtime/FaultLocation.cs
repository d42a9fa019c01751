namespace PlcFleet.Simulation.Runtime;

/// <summary>Where in the ST source a fault happened, 1-based as PLC IDEs show it.</summary>
public sealed record FaultLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
