using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>
/// An SFC action association with a timed qualifier (L, D, SD, DS, SL): its flag depends on how long the step has
/// been active in a way the lowering does not model, so it stays this node and the simulator refuses it.
/// </summary>
public sealed record BoundSfcTimedAction(SyntaxNode Syntax, string Qualifier) : BoundStatement(Syntax);
