namespace PlcFleet.StructuredText.Syntax;

/// <summary>PROGRAM instance WITH task : program type [(...)]; binds a program to the task that scans it.</summary>
public sealed class ProgramConfigurationSyntax : SyntaxNode
{
    internal ProgramConfigurationSyntax(SyntaxToken programKeyword, SyntaxToken? qualifier, SyntaxToken name, SyntaxToken? withKeyword, SyntaxToken? taskName, SyntaxToken colon, SyntaxToken typeName, ArgumentListSyntax? arguments, SyntaxToken semicolon)
        : base(SyntaxKind.ProgramConfiguration)
    {
        ProgramKeyword = programKeyword;
        Qualifier = qualifier;
        Name = name;
        WithKeyword = withKeyword;
        TaskName = taskName;
        Colon = colon;
        TypeName = typeName;
        Arguments = arguments;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ProgramKeyword { get; }

    public SyntaxToken? Qualifier { get; }

    public SyntaxToken Name { get; }

    public SyntaxToken? WithKeyword { get; }

    public SyntaxToken? TaskName { get; }

    public SyntaxToken Colon { get; }

    public SyntaxToken TypeName { get; }

    public ArgumentListSyntax? Arguments { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 9;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ProgramKeyword,
        1 => Qualifier,
        2 => Name,
        3 => WithKeyword,
        4 => TaskName,
        5 => Colon,
        6 => TypeName,
        7 => Arguments,
        8 => Semicolon,
        _ => null,
    };
}
