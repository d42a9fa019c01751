using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A call of a function or method. Callee is a StandardFunctionSymbol (with its resolved overload in Resolution) or a user PouSymbol; Instance is the block a method is called on.</summary>
public sealed record BoundCall(SyntaxNode Syntax, Symbol Callee, BoundExpression? Instance, IReadOnlyList<BoundArgument> Arguments, StType ResultType, FunctionResolution? Resolution = null) : BoundExpression(Syntax, ResultType);
