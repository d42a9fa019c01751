namespace PlcFleet.Simulation.Programs;

/// <summary>How a signal relates to the plant: read from the field, written to it, or the program's own state.</summary>
public enum SignalDirection
{
    Input,
    Output,
    Internal,
}
