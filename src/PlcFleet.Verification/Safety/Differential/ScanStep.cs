using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// The virtual clock of the differential check, driven like an input: a trace sets <see cref="Signal"/> to how long each
/// following scan comes after the one before (see <see cref="TimeSteps"/>); until it does, scans are one PLC cycle apart.
/// </summary>
public sealed class ScanStep(TimeSpan cycle)
{
    /// <summary>The pseudo input that carries the step (not a valid ST name, so it cannot clash with a variable).</summary>
    public const string Signal = "(scan step)";

    public static SignalInfo Input { get; } = new(Signal, PlcType.Time, SignalDirection.Input);

    private bool _started;

    public TimeSpan Step { get; private set; } = cycle;

    /// <summary>The time of the scan now running.</summary>
    public TimeSpan Now { get; private set; }

    public PlcValue Value => PlcValue.FromTime(Step);

    /// <summary>Whole milliseconds: what shrinking a trace leaves (8 h halved again and again) stays readable.</summary>
    public void Set(PlcValue value) => Step = TimeSpan.FromMilliseconds(Math.Max(0, Math.Round(value.AsInteger / 1e6)));

    /// <summary>Moves the clock to the next scan: the first scan runs at 0.</summary>
    public TimeSpan Advance()
    {
        Now = _started ? Now + Step : TimeSpan.Zero;
        _started = true;
        return Now;
    }
}
