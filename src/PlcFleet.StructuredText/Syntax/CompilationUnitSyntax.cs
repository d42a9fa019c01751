namespace PlcFleet.StructuredText.Syntax;

/// <summary>The root of a file: its declarations (POUs, types, global variable lists, configurations) and the end-of-file token that carries trailing trivia.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    internal CompilationUnitSyntax(SyntaxList<DeclarationSyntax> declarations, SyntaxToken endOfFile)
        : base(SyntaxKind.CompilationUnit)
    {
        Declarations = declarations;
        EndOfFile = endOfFile;
        Initialize();
    }

    public SyntaxList<DeclarationSyntax> Declarations { get; }

    public SyntaxToken EndOfFile { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Declarations,
        1 => EndOfFile,
        _ => null,
    };
}
