namespace PlcFleet.Simulation.Compilation;

/// <summary>Which typed slot array a value lives in.</summary>
public enum StorageClass
{
    Long,
    Real,
    Object,
}
