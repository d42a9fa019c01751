namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Up-down counter (INT). Priority as the standard gives it: R (CV := 0) over LD (CV := PV) over counting; edges
/// on CU and CD in the same call cancel out; CV stays within the INT range. QU is CV &gt;= PV, QD is CV &lt;= 0.
/// </summary>
public sealed class CTUD
{
    private readonly R_TRIG _countUp = new();
    private readonly R_TRIG _countDown = new();

    public bool CU { get; set; }

    public bool CD { get; set; }

    public bool R { get; set; }

    public bool LD { get; set; }

    public short PV { get; set; }

    public bool QU { get; private set; }

    public bool QD { get; private set; }

    public short CV { get; private set; }

    public void Execute(bool cu, bool cd, bool r, bool ld, short pv)
    {
        (CU, CD, R, LD, PV) = (cu, cd, r, ld, pv);
        Execute();
    }

    public void Execute()
    {
        _countUp.Execute(CU);
        _countDown.Execute(CD);
        if (R)
        {
            CV = 0;
        }
        else if (LD)
        {
            CV = PV;
        }
        else if (!(_countUp.Q && _countDown.Q))
        {
            if (_countUp.Q && CV < short.MaxValue)
            {
                CV++;
            }
            else if (_countDown.Q && CV > short.MinValue)
            {
                CV--;
            }
        }

        QU = CV >= PV;
        QD = CV <= 0;
    }
}
