namespace PlcFleet.StructuredText.Syntax;

/// <summary>CONFIGURATION name ... END_CONFIGURATION: resources, tasks and program instances.</summary>
public sealed class ConfigurationDeclarationSyntax : DeclarationSyntax
{
    internal ConfigurationDeclarationSyntax(SyntaxToken configurationKeyword, SyntaxToken name, SyntaxList<SyntaxNode> elements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ConfigurationDeclaration)
    {
        ConfigurationKeyword = configurationKeyword;
        Name = name;
        Elements = elements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ConfigurationKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxList<SyntaxNode> Elements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ConfigurationKeyword,
        1 => Name,
        2 => Elements,
        3 => EndKeyword,
        4 => Semicolon,
        _ => null,
    };
}
