using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// A place that writes a variable: an assignment, an FB call's input binding (<c>fb(Enable := x)</c> writes
/// <c>fb.enable</c>) or an output capture (<c>Q =&gt; y</c>). <see cref="Guards"/> are the enclosing IF/CASE conditions.
/// </summary>
public sealed record WriteSite(
    string Target,
    PouSymbol Pou,
    SourceRef Location,
    SyntaxNode Node,
    ExpressionSyntax? Value,
    IReadOnlyList<ExpressionSyntax> Guards);

/// <summary>A place that reads a variable.</summary>
public sealed record ReadSite(string Path, PouSymbol Pou, SourceRef Location, ExpressionSyntax Node);
