namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A METHOD of a function block or interface as callers see it: name, parameters and return type (null when the
/// method returns nothing).
/// </summary>
public sealed record MethodSignature(string Name, IReadOnlyList<FunctionBlockMember> Parameters, StType? ReturnType = null)
{
    public IEnumerable<FunctionBlockMember> Inputs => Parameters.Where(p => p.Kind == VariableKind.Input);

    public IEnumerable<FunctionBlockMember> Outputs => Parameters.Where(p => p.Kind == VariableKind.Output);

    public override string ToString() =>
        $"{Name}({string.Join(", ", Parameters.Select(p => $"{p.Name} : {p.Type.Name}"))})" +
        (ReturnType is null ? "" : $" : {ReturnType.Name}");
}
