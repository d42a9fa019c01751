using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Programs;

/// <summary>
/// A running instance of one PROGRAM, as the scan-cycle harness sees it. The compiled ST program implements this;
/// so do C# reference programs. A scan is: latch the inputs set since the last scan, execute the body with the
/// clock at <c>now</c>, publish the outputs. Signal names are case-insensitive, as in ST.
/// </summary>
public interface IProgramInstance
{
    /// <summary>The PROGRAM's name, e.g. <c>PRG_Conveyor</c>.</summary>
    string Name { get; }

    IReadOnlyList<SignalInfo> Signals { get; }

    /// <summary>Writes a signal. Inputs take effect at the next scan's input latch; internals are forced at once.</summary>
    void Set(string signal, PlcValue value);

    /// <summary>Reads a signal: outputs as published by the last scan, inputs and internals as they are now.</summary>
    PlcValue Get(string signal);

    /// <summary>Runs one scan with the virtual clock at <paramref name="now"/>; may throw <see cref="Runtime.PlcRuntimeFault"/>.</summary>
    void RunScanCycle(TimeSpan now);

    /// <summary>Warm restart: every variable returns to its initial value except RETAIN ones.</summary>
    void WarmRestart();

    /// <summary>Compiles a boolean ST expression over the instance's signals into a predicate on its current state.</summary>
    CompiledCondition CompileCondition(string stExpression);
}
