namespace PlcFleet.StructuredText.Syntax;

/// <summary>JMP label;</summary>
public sealed class JumpStatementSyntax : StatementSyntax
{
    internal JumpStatementSyntax(SyntaxToken jmpKeyword, SyntaxToken label, SyntaxToken semicolon)
        : base(SyntaxKind.JumpStatement)
    {
        JmpKeyword = jmpKeyword;
        Label = label;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken JmpKeyword { get; }

    public SyntaxToken Label { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => JmpKeyword,
        1 => Label,
        2 => Semicolon,
        _ => null,
    };
}
