using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A variable by name (local, input, output, global, instance member seen from inside...).</summary>
public sealed record BoundVariable(SyntaxNode Syntax, VariableSymbol Variable, ConstantValue? Value = null) : BoundExpression(Syntax, Variable.Type, Value);
