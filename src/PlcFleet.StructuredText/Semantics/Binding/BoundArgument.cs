using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>One argument of a call bound to its formal parameter; for outputs Value is the variable written (NOT x =&gt; y negates).</summary>
public sealed record BoundArgument(SyntaxNode Syntax, string ParameterName, VariableSymbol? Parameter, ArgumentDirection Direction, BoundExpression Value, bool IsNegated = false);
