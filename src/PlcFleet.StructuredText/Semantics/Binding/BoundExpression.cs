using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A bound expression with its resolved type and, when it folds, its constant value.</summary>
public abstract record BoundExpression(SyntaxNode Syntax, StType Type, ConstantValue? Constant = null) : BoundNode(Syntax)
{
    public bool HasErrors => Type.IsError;
}
