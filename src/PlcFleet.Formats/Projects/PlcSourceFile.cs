using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Projects;

/// <summary>One file of PLC code in a project, parsed in the dialect its folder or extension calls for.</summary>
public sealed record PlcSourceFile(string RelativePath, SyntaxTree Syntax)
{
    public Dialect Dialect => Syntax.Dialect;
}
