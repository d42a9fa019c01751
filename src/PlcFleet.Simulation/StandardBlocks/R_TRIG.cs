namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Rising-edge detector: Q is TRUE for the one call in which CLK goes from FALSE to TRUE. The memory starts
/// FALSE, so a CLK already TRUE at the first call counts as an edge (IEC 61131-3 and CODESYS agree).
/// </summary>
public sealed class R_TRIG : IStandardBlock
{
    private bool _memory;

    public bool CLK { get; set; }

    public bool Q { get; private set; }

    public void Execute(bool clk)
    {
        CLK = clk;
        Execute();
    }

    public void Execute()
    {
        Q = CLK && !_memory;
        _memory = CLK;
    }

    public IStandardBlock Copy() => (IStandardBlock)MemberwiseClone();
}
