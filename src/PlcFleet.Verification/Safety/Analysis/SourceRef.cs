using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>A place in a site's code: workspace-relative file, 1-based line and column.</summary>
public sealed record SourceRef(string File, int Line, int Column)
{
    public static SourceRef Of(string file, SyntaxNode node)
    {
        var position = node.GetLinePosition();
        return new SourceRef(file, position.Line, position.Column);
    }

    public static SourceRef Of(string file, SyntaxToken token)
    {
        var position = token.GetLinePosition();
        return new SourceRef(file, position.Line, position.Column);
    }

    public override string ToString() => $"{File}:{Line}:{Column}";
}
