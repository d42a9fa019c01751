using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Semantics;

/// <summary>Collects semantic diagnostics with their exact source spans.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Report(SemanticDiagnosticCode code, SyntaxNode node, params object?[] args)
    {
        if (node.SyntaxTree is { } tree)
        {
            Report(code, tree.Source, node.Span, args);
        }
    }

    public void Report(SemanticDiagnosticCode code, SyntaxToken token, SourceText source, params object?[] args) =>
        Report(code, source, token.Span, args);

    public void Report(SemanticDiagnosticCode code, SourceText source, TextSpan span, params object?[] args) =>
        _items.Add(new Diagnostic(code.Code, code.Severity, source, span, code.Format(args)));

    /// <summary>A lenient dialect turns an error that only strict IEC raises into a warning with the same code.</summary>
    public void ReportWithSeverity(SemanticDiagnosticCode code, DiagnosticSeverity severity, SyntaxNode node, params object?[] args)
    {
        if (node.SyntaxTree is { } tree)
        {
            _items.Add(new Diagnostic(code.Code, severity, tree.Source, node.Span, code.Format(args)));
        }
    }
}
