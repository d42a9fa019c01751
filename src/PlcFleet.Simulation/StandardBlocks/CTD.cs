namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Down counter. LD loads CV := PV and wins over CD; each rising edge of CD subtracts one while CV is above the
/// minimum of the counter's type (-32768 for IEC INT, 0 for CODESYS WORD); Q is CV &lt;= 0.
/// </summary>
public sealed class CTD(CounterRange range) : IStandardBlock
{
    private R_TRIG _countDown = new();

    public CTD()
        : this(CounterRange.Int)
    {
    }

    public CounterRange Range { get; } = range;

    public bool CD { get; set; }

    public bool LD { get; set; }

    private int _pv;

    /// <summary>The preset, held in the counter's type.</summary>
    public int PV
    {
        get => _pv;
        set => _pv = Range.Fit(value);
    }

    public bool Q { get; private set; }

    public int CV { get; private set; }

    public void Execute(bool cd, bool ld, int pv)
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
        else if (_countDown.Q && CV > Range.Min)
        {
            CV--;
        }

        Q = CV <= 0;
    }

    public IStandardBlock Copy()
    {
        var copy = (CTD)MemberwiseClone();
        copy._countDown = (R_TRIG)_countDown.Copy();
        return copy;
    }
}
