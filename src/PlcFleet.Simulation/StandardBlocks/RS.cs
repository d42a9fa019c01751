namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>Reset-dominant bistable: <c>Q1 := NOT R1 AND (S OR Q1)</c>.</summary>
public sealed class RS : IStandardBlock
{
    public bool S { get; set; }

    public bool R1 { get; set; }

    public bool Q1 { get; private set; }

    public void Execute(bool s, bool r1)
    {
        (S, R1) = (s, r1);
        Execute();
    }

    public void Execute() => Q1 = !R1 && (S || Q1);

    public IStandardBlock Copy() => (IStandardBlock)MemberwiseClone();
}
