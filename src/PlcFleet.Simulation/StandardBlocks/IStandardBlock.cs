namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>An IEC standard function block instance: executed once per call, copied when its owner (a struct) is assigned.</summary>
public interface IStandardBlock
{
    void Execute();

    /// <summary>An independent copy with the same state: struct assignment copies the instances inside, never shares them.</summary>
    IStandardBlock Copy();
}
