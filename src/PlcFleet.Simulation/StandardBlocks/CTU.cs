namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Up counter. R resets CV to 0 and wins over CU; each rising edge of CU adds one while CV is below the maximum of
/// the counter's type (INT in IEC, WORD in CODESYS); Q is CV &gt;= PV.
/// </summary>
public sealed class CTU(CounterRange range) : IStandardBlock
{
    private R_TRIG _countUp = new();

    public CTU()
        : this(CounterRange.Int)
    {
    }

    public CounterRange Range { get; } = range;

    public bool CU { get; set; }

    public bool R { get; set; }

    private int _pv;

    /// <summary>The preset, held in the counter's type.</summary>
    public int PV
    {
        get => _pv;
        set => _pv = Range.Fit(value);
    }

    public bool Q { get; private set; }

    public int CV { get; private set; }

    public void Execute(bool cu, bool r, int pv)
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
        else if (_countUp.Q && CV < Range.Max)
        {
            CV++;
        }

        Q = CV >= PV;
    }

    public IStandardBlock Copy()
    {
        var copy = (CTU)MemberwiseClone();
        copy._countUp = (R_TRIG)_countUp.Copy();
        return copy;
    }
}
