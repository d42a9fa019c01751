using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>Runs scans of a compiled program on a 10 ms clock, the way the scenario runner does.</summary>
internal sealed class ScanDriver(StProgramInstance plc)
{
    private TimeSpan _now;

    public StProgramInstance Plc { get; } = plc;

    public ScanDriver Set(string signal, bool value)
    {
        Plc.Set(signal, PlcValue.FromBool(value));
        return this;
    }

    public ScanDriver Set(string signal, long value, PlcType type)
    {
        Plc.Set(signal, PlcValue.FromInteger(value, type));
        return this;
    }

    public ScanDriver Scan(int cycles = 1)
    {
        for (var i = 0; i < cycles; i++)
        {
            _now += TimeSpan.FromMilliseconds(10);
            Plc.RunScanCycle(_now);
        }

        return this;
    }

    public bool Bool(string signal) => Plc.Get(signal).AsBool;

    public long Integer(string signal) => Plc.Get(signal).AsInteger;

    public double Real(string signal) => Plc.Get(signal).AsReal;
}
