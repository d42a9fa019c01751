namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>Set-dominant bistable: <c>Q1 := S1 OR (NOT R AND Q1)</c>.</summary>
public sealed class SR : IStandardBlock
{
    public bool S1 { get; set; }

    public bool R { get; set; }

    public bool Q1 { get; private set; }

    public void Execute(bool s1, bool r)
    {
        (S1, R) = (s1, r);
        Execute();
    }

    public void Execute() => Q1 = S1 || (!R && Q1);

    public IStandardBlock Copy() => (IStandardBlock)MemberwiseClone();
}
