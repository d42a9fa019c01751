using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>Labels and the statements they select.</summary>
public sealed record BoundCaseElement(SyntaxNode Syntax, IReadOnlyList<BoundCaseLabel> Labels, IReadOnlyList<BoundStatement> Statements) : BoundNode(Syntax);
