namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Up-down counter. Priority as the standard gives it: R (CV := 0) over LD (CV := PV) over counting; edges on CU
/// and CD in the same call cancel out; CV stays within the counter's type (INT in IEC, WORD in CODESYS). QU is
/// CV &gt;= PV, QD is CV &lt;= 0.
/// </summary>
public sealed class CTUD(CounterRange range) : IStandardBlock
{
    private R_TRIG _countUp = new();
    private R_TRIG _countDown = new();

    public CTUD()
        : this(CounterRange.Int)
    {
    }

    public CounterRange Range { get; } = range;

    public bool CU { get; set; }

    public bool CD { get; set; }

    public bool R { get; set; }

    public bool LD { get; set; }

    private int _pv;

    /// <summary>The preset, held in the counter's type.</summary>
    public int PV
    {
        get => _pv;
        set => _pv = Range.Fit(value);
    }

    public bool QU { get; private set; }

    public bool QD { get; private set; }

    public int CV { get; private set; }

    public void Execute(bool cu, bool cd, bool r, bool ld, int pv)
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
            if (_countUp.Q && CV < Range.Max)
            {
                CV++;
            }
            else if (_countDown.Q && CV > Range.Min)
            {
                CV--;
            }
        }

        QU = CV >= PV;
        QD = CV <= 0;
    }

    public IStandardBlock Copy()
    {
        var copy = (CTUD)MemberwiseClone();
        copy._countUp = (R_TRIG)_countUp.Copy();
        copy._countDown = (R_TRIG)_countDown.Copy();
        return copy;
    }
}
