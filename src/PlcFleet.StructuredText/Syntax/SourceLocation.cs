using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>Where a node or token is: file, span and 1-based line/column of both ends, printed as file:line:col.</summary>
public sealed record SourceLocation(string Path, TextSpan Span, LinePosition Start, LinePosition End)
{
    public static SourceLocation Create(SourceText source, TextSpan span) =>
        new(source.Path, span, source.GetLinePosition(span.Start), source.GetLinePosition(span.End));

    public override string ToString() => $"{Path}:{Start.Line}:{Start.Column}";
}
