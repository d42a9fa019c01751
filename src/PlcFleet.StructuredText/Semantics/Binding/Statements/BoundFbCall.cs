using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A function block instance call: Tmr(IN := x, PT := T#5s, Q =&gt; y); Block is the user POU, null for standard blocks (TON, R_TRIG).</summary>
public sealed record BoundFbCall(SyntaxNode Syntax, BoundExpression Instance, FunctionBlockType BlockType, PouSymbol? Block, IReadOnlyList<BoundArgument> Arguments) : BoundStatement(Syntax);
