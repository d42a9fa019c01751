namespace PlcFleet.Simulation.Values;

/// <summary>The families of elementary IEC values that cross the simulator boundary.</summary>
public enum PlcValueKind
{
    Bool,
    Integer,
    Real,
    Time,
    String,
}
