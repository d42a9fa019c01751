namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// A function block type with the arguments its FB_init method receives when the instance is created (CODESYS/TwinCAT):
/// <c>fbSample : FB_Sample(nInitParam := 1)</c>, or one argument list per element of an array of instances:
/// <c>ARRAY[1..2] OF FB_Sample[(nInitParam := 4), (nInitParam := 7)]</c> (then the brackets are present).
/// </summary>
public sealed class InstanceArgumentsTypeSyntax : TypeSyntax
{
    internal InstanceArgumentsTypeSyntax(TypeSyntax blockType, SyntaxToken? openBracket, SeparatedSyntaxList<ArgumentListSyntax> argumentLists, SyntaxToken? closeBracket)
        : base(SyntaxKind.InstanceArgumentsType)
    {
        BlockType = blockType;
        OpenBracket = openBracket;
        ArgumentLists = argumentLists;
        CloseBracket = closeBracket;
        Initialize();
    }

    public TypeSyntax BlockType { get; }

    public SyntaxToken? OpenBracket { get; }

    public SeparatedSyntaxList<ArgumentListSyntax> ArgumentLists { get; }

    public SyntaxToken? CloseBracket { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => BlockType,
        1 => OpenBracket,
        2 => ArgumentLists,
        3 => CloseBracket,
        _ => null,
    };
}
