namespace PlcFleet.StructuredText.Syntax;

/// <summary>One call argument: positional value, input name := value, output name =&gt; variable, or NOT name =&gt; variable.</summary>
public sealed class ArgumentSyntax : SyntaxNode
{
    internal ArgumentSyntax(SyntaxToken? notKeyword, SyntaxToken? name, SyntaxToken? operatorToken, ExpressionSyntax? @value)
        : base(SyntaxKind.Argument)
    {
        NotKeyword = notKeyword;
        Name = name;
        OperatorToken = operatorToken;
        Value = @value;
        Initialize();
    }

    public SyntaxToken? NotKeyword { get; }

    public SyntaxToken? Name { get; }

    public SyntaxToken? OperatorToken { get; }

    public ExpressionSyntax? Value { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => NotKeyword,
        1 => Name,
        2 => OperatorToken,
        3 => Value,
        _ => null,
    };
}
