using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Compilation;

/// <summary>A signal of a compiled program with its compiled reader and writer (null writer: read-only, e.g. Tmr.Q).</summary>
internal sealed record SignalAccessor(SignalInfo Info, Func<Frame, PlcValue> Read, Action<Frame, PlcValue>? Write);
