namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Down counter (INT). LD loads PV into CV and wins over CD; each rising edge of CD subtracts one while CV is above
/// the INT minimum; Q is CV &lt;= 0.
/// </summary>
public sealed class CTD
{
    private readonly R_TRIG _countDown = new();

    public bool CD { get; set; }

    public bool LD { get; set; }

    public short PV { get; set; }

    public bool Q { get; private set; }

    public short CV { get; private set; }

    public void Execute(bool cd, bool ld, short pv)
    {
        (CD, LD, PV) = (cd, ld, pv);
        Execute();
    }

    public void Execute()
    {
        _countDown.Execute(CD);
        if (LD)
        {
            CV = PV;
        }
        else if (_countDown.Q && CV > short.MinValue)
        {
            CV--;
        }

        Q = CV <= 0;
    }
}
