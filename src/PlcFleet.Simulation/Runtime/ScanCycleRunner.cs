using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Runtime;

/// <summary>
/// Drives a program instance scan by scan on a virtual clock: scan k runs at time k × cycle time. After each scan
/// it records the chosen signals (ring buffer) and notifies observers; a <see cref="PlcRuntimeFault"/> stops the
/// run and is kept as a <see cref="RuntimeFault"/> record.
/// </summary>
public sealed class ScanCycleRunner
{
    /// <summary>The default task cycle when neither the scenario nor the CONFIGURATION names one.</summary>
    public static readonly TimeSpan DefaultCycleTime = TimeSpan.FromMilliseconds(10);

    private readonly string[] _recorded;
    private readonly PlcValue[] _scratch;

    public ScanCycleRunner(IProgramInstance instance, TimeSpan? cycleTime = null, IEnumerable<string>? recordedSignals = null, int historyLength = 10)
    {
        Instance = instance;
        CycleTime = cycleTime ?? DefaultCycleTime;
        if (CycleTime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(cycleTime), "the cycle time must be positive");
        }

        _recorded = (recordedSignals ?? instance.Signals.Select(s => s.Name)).ToArray();
        _scratch = new PlcValue[_recorded.Length];
        History = new SignalHistory(_recorded, historyLength);
    }

    /// <summary>Raised after every successful scan, e.g. for a VCD trace or for evaluating expectations.</summary>
    public event Action<CycleSnapshot>? CycleCompleted;

    public IProgramInstance Instance { get; }

    public TimeSpan CycleTime { get; }

    public VirtualClock Clock { get; } = new();

    /// <summary>Number of scans completed so far; also the number of the next scan.</summary>
    public long CyclesRun { get; private set; }

    /// <summary>Time of the next scan.</summary>
    public TimeSpan NextScanTime => TimeSpan.FromTicks(CycleTime.Ticks * CyclesRun);

    public SignalHistory History { get; }

    public RuntimeFault? Fault { get; private set; }

    public bool IsFaulted => Fault is not null;

    /// <summary>Runs one scan; returns false (and keeps <see cref="Fault"/>) when the program faulted.</summary>
    public bool Step()
    {
        if (IsFaulted)
        {
            return false;
        }

        var time = NextScanTime;
        Clock.AdvanceTo(time);
        try
        {
            Instance.RunScanCycle(time);
        }
        catch (PlcRuntimeFault fault)
        {
            Fault = RuntimeFault.From(fault, CyclesRun, time);
            return false;
        }

        for (var i = 0; i < _recorded.Length; i++)
        {
            _scratch[i] = Instance.Get(_recorded[i]);
        }

        var snapshot = new CycleSnapshot(CyclesRun, time, _scratch.ToArray());
        History.Add(snapshot);
        CyclesRun++;
        CycleCompleted?.Invoke(snapshot);
        return true;
    }

    /// <summary>Runs scans while their time is before <paramref name="end"/>; stops early on a fault.</summary>
    public bool RunUntil(TimeSpan end)
    {
        while (NextScanTime < end)
        {
            if (!Step())
            {
                return false;
            }
        }

        return true;
    }

    public bool RunCycles(long count)
    {
        for (long i = 0; i < count; i++)
        {
            if (!Step())
            {
                return false;
            }
        }

        return true;
    }
}
