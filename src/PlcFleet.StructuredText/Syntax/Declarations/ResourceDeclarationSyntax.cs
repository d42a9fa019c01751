namespace PlcFleet.StructuredText.Syntax;

/// <summary>RESOURCE name ON processor ... END_RESOURCE.</summary>
public sealed class ResourceDeclarationSyntax : DeclarationSyntax
{
    internal ResourceDeclarationSyntax(SyntaxToken resourceKeyword, SyntaxToken name, SyntaxToken? onKeyword, SyntaxToken? processorName, SyntaxList<SyntaxNode> elements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ResourceDeclaration)
    {
        ResourceKeyword = resourceKeyword;
        Name = name;
        OnKeyword = onKeyword;
        ProcessorName = processorName;
        Elements = elements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ResourceKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxToken? OnKeyword { get; }

    public SyntaxToken? ProcessorName { get; }

    public SyntaxList<SyntaxNode> Elements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ResourceKeyword,
        1 => Name,
        2 => OnKeyword,
        3 => ProcessorName,
        4 => Elements,
        5 => EndKeyword,
        6 => Semicolon,
        _ => null,
    };
}
