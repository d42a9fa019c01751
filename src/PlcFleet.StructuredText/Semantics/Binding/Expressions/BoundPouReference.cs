using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A POU named as a value: a PROGRAM whose variables are read from outside (PRG_Main.xRun), THIS or SUPER.</summary>
public sealed record BoundPouReference(SyntaxNode Syntax, PouSymbol Pou, StType InstanceType) : BoundExpression(Syntax, InstanceType);
