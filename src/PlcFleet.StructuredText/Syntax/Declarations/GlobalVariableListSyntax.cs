namespace PlcFleet.StructuredText.Syntax;

/// <summary>A global variable list: VAR_GLOBAL blocks at file level (a TwinCAT GVL or an IEC global declaration).</summary>
public sealed class GlobalVariableListSyntax : DeclarationSyntax
{
    internal GlobalVariableListSyntax(SyntaxList<VarBlockSyntax> varBlocks)
        : base(SyntaxKind.GlobalVariableList, [varBlocks])
    {
    }

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(0);
}
