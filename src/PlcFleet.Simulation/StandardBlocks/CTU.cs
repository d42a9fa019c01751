namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Up counter (INT). R resets CV to 0 and wins over CU; each rising edge of CU adds one while CV is below the INT
/// maximum; Q is CV &gt;= PV.
/// </summary>
public sealed class CTU
{
    private readonly R_TRIG _countUp = new();

    public bool CU { get; set; }

    public bool R { get; set; }

    public short PV { get; set; }

    public bool Q { get; private set; }

    public short CV { get; private set; }

    public void Execute(bool cu, bool r, short pv)
    {
        (CU, R, PV) = (cu, r, pv);
        Execute();
    }

    public void Execute()
    {
        _countUp.Execute(CU);
        if (R)
        {
            CV = 0;
        }
        else if (_countUp.Q && CV < short.MaxValue)
        {
            CV++;
        }

        Q = CV >= PV;
    }
}
