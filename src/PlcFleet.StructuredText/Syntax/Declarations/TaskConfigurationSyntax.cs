namespace PlcFleet.StructuredText.Syntax;

/// <summary>TASK name (INTERVAL := T#10MS, PRIORITY := 1); the cyclic task a program runs in.</summary>
public sealed class TaskConfigurationSyntax : SyntaxNode
{
    internal TaskConfigurationSyntax(SyntaxToken taskKeyword, SyntaxToken name, ArgumentListSyntax? arguments, SyntaxToken semicolon)
        : base(SyntaxKind.TaskConfiguration)
    {
        TaskKeyword = taskKeyword;
        Name = name;
        Arguments = arguments;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken TaskKeyword { get; }

    public SyntaxToken Name { get; }

    public ArgumentListSyntax? Arguments { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => TaskKeyword,
        1 => Name,
        2 => Arguments,
        3 => Semicolon,
        _ => null,
    };
}
