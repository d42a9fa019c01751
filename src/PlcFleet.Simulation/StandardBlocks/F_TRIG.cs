namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Falling-edge detector: Q is TRUE for the one call in which CLK goes from TRUE to FALSE. IEC 61131-3 from
/// edition 2 defines the body <c>Q := NOT CLK AND NOT M; M := NOT CLK;</c> with M initially FALSE, so a CLK that
/// is FALSE at the very first call reports an edge. The CODESYS Standard library keeps edition 1, which does not:
/// pass <c>edgeOnFirstCall: false</c> for that dialect.
/// </summary>
public sealed class F_TRIG : IStandardBlock
{
    private bool _memory;

    public F_TRIG(bool edgeOnFirstCall = true) => _memory = !edgeOnFirstCall;

    public bool CLK { get; set; }

    public bool Q { get; private set; }

    public void Execute(bool clk)
    {
        CLK = clk;
        Execute();
    }

    public void Execute()
    {
        Q = !CLK && !_memory;
        _memory = !CLK;
    }

    public IStandardBlock Copy() => (IStandardBlock)MemberwiseClone();
}
