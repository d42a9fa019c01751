using System.Globalization;
using System.Text;
using PlcFleet.Simulation.Equivalence;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>What the symbolic engine established about a program pair.</summary>
public enum SymbolicOutcome
{
    /// <summary>Induction closed: no input sequence of any length makes an observable differ.</summary>
    ProvenEquivalent,

    /// <summary>No difference within <see cref="SymbolicVerdict.Depth"/> steps; nothing proven beyond.</summary>
    EquivalentUpToDepth,

    /// <summary>A concrete input trace, replayed in the simulator, makes an observable differ.</summary>
    Differs,

    /// <summary>A construct outside the model, a solver timeout or a missing solver: the verifier escalates.</summary>
    Unknown,
}

/// <summary>The verdict with what backs it: the induction depth and invariants, the depth checked, or the replayed trace.</summary>
public sealed record SymbolicVerdict(SymbolicOutcome Outcome, string Reason, int Depth, TimeSpan Elapsed)
{
    /// <summary>For <see cref="SymbolicOutcome.Differs"/>: the trace the simulator replayed and the difference it showed.</summary>
    public InputTrace? Trace { get; init; }

    public Divergence? Divergence { get; init; }

    public string Label => Outcome switch
    {
        SymbolicOutcome.ProvenEquivalent => "proven equivalent",
        SymbolicOutcome.EquivalentUpToDepth => $"equivalent up to depth {Depth}",
        SymbolicOutcome.Differs => "differs",
        _ => "unknown",
    };

    public string ToText(TimeSpan cycleTime, string indent = "  ")
    {
        var sb = new StringBuilder();
        sb.Append(indent).Append(CultureInfo.InvariantCulture, $"symbolic: {Label.ToUpperInvariant()} ({Reason}; {Elapsed.TotalSeconds:0.00} s)").AppendLine();
        if (Divergence is { } divergence && Trace is { } trace)
        {
            sb.Append(indent).Append("  ").AppendLine(divergence.ToString());
            sb.Append(indent).Append(CultureInfo.InvariantCulture, $"  input trace replayed in the simulator ({trace.TotalCycles} cycles):").AppendLine();
            sb.Append(trace.ToText(cycleTime, indent + "    "));
        }

        return sb.ToString();
    }
}
