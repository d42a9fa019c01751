namespace PlcFleet.StructuredText.Syntax;

/// <summary>A global variable list: VAR_GLOBAL blocks at file level (a TwinCAT GVL or an IEC global declaration).</summary>
public sealed class GlobalVariableListSyntax : DeclarationSyntax
{
    internal GlobalVariableListSyntax(SyntaxList<VarBlockSyntax> varBlocks)
        : base(SyntaxKind.GlobalVariableList)
    {
        VarBlocks = varBlocks;
        Initialize();
    }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => VarBlocks,
        _ => null,
    };
}
