using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

/// <summary>A place that can be read and written (variable, member, array element, bit): typed getter and setter pairs.</summary>
public sealed record CompiledTarget(StType Type, StorageClass Storage,
    Func<Frame, long>? GetL = null, Action<Frame, long>? SetL = null,
    Func<Frame, double>? GetD = null, Action<Frame, double>? SetD = null,
    Func<Frame, object?>? GetO = null, Action<Frame, object?>? SetO = null)
{
    public CompiledExpression AsExpression() => new(Type, Storage, GetL, GetD, GetO);
}
