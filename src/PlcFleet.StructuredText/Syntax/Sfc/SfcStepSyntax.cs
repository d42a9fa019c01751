namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// Textual SFC (IEC 61131-3): <c>INITIAL_STEP Fill : Pump(N); END_STEP</c> or <c>STEP Heat : END_STEP</c>. The step
/// keyword is a contextual word (Step is a common variable name), kept as an identifier token.
/// </summary>
public sealed class SfcStepSyntax : StatementSyntax
{
    internal SfcStepSyntax(SyntaxToken stepKeyword, SyntaxToken name, SyntaxToken colon, SyntaxList<SfcActionAssociationSyntax> associations, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.SfcStep)
    {
        StepKeyword = stepKeyword;
        Name = name;
        Colon = colon;
        Associations = associations;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken StepKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxToken Colon { get; }

    public SyntaxList<SfcActionAssociationSyntax> Associations { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    public bool IsInitial => StepKeyword.TextEquals("INITIAL_STEP");

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => StepKeyword,
        1 => Name,
        2 => Colon,
        3 => Associations,
        4 => EndKeyword,
        5 => Semicolon,
        _ => null,
    };
}
