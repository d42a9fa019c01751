using PlcFleet.StructuredText.Semantics.Symbols;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>The bound statements of one POU body (program, block, function, method, action or property accessor).</summary>
public sealed record BoundBody(PouSymbol Pou, IReadOnlyList<BoundStatement> Statements);
