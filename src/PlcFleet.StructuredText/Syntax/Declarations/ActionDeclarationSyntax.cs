namespace PlcFleet.StructuredText.Syntax;

/// <summary>ACTION name: statements END_ACTION.</summary>
public sealed class ActionDeclarationSyntax : DeclarationSyntax
{
    internal ActionDeclarationSyntax(SyntaxToken actionKeyword, SyntaxToken name, SyntaxToken? colon, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ActionDeclaration)
    {
        ActionKeyword = actionKeyword;
        Name = name;
        Colon = colon;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ActionKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxToken? Colon { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ActionKeyword,
        1 => Name,
        2 => Colon,
        3 => Statements,
        4 => EndKeyword,
        5 => Semicolon,
        _ => null,
    };
}
