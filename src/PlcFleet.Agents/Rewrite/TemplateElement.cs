using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Agents.Rewrite;

/// <summary>One step of a compiled match template: a token to meet, or a hole to bind.</summary>
public abstract record TemplateElement;

/// <summary>A token the code must contain at this place (compared case-insensitively, trivia ignored).</summary>
public sealed record TokenElement(SyntaxKind Kind, string Text) : TemplateElement;

/// <summary>A hole that binds one whole expression.</summary>
public sealed record ExpressionHole(string Name) : TemplateElement;

/// <summary>A hole standing alone as a statement (<c>:[body];</c>): binds a run of zero or more statements.</summary>
public sealed record StatementHole(string Name) : TemplateElement;
