namespace PlcFleet.StructuredText.Syntax;

/// <summary>The root of a file: its declarations (POUs, types, global variable lists, configurations) and the end-of-file token that carries trailing trivia.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    internal CompilationUnitSyntax(SyntaxList<DeclarationSyntax> declarations, SyntaxToken endOfFile)
        : base(SyntaxKind.CompilationUnit, [declarations, endOfFile])
    {
    }

    public SyntaxList<DeclarationSyntax> Declarations => GetList<DeclarationSyntax>(0);

    public SyntaxToken EndOfFile => GetToken(1);
}
