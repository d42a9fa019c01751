namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>A variable of a function block or a parameter of a method, with the section it was declared in.</summary>
public sealed record FunctionBlockMember(string Name, StType Type, VariableKind Kind)
{
    /// <summary>Inputs, outputs and in-outs are visible from outside as <c>timer.Q</c> / <c>timer(IN := x)</c>.</summary>
    public bool IsParameter => Kind is VariableKind.Input or VariableKind.Output or VariableKind.InOut;
}
