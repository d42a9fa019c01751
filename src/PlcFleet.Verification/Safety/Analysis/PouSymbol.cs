using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>A program organisation unit with its variables and body. Methods and actions are named <c>Fb.Member</c>.</summary>
public sealed record PouSymbol(
    string Name,
    PouKind Kind,
    string File,
    SyntaxNode Declaration,
    IReadOnlyList<VariableSymbol> Variables,
    IReadOnlyList<StatementSyntax> Statements,
    string? ReturnType)
{
    private readonly Dictionary<string, VariableSymbol> _byName =
        Variables.GroupBy(v => v.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    public VariableSymbol? Find(string name) => _byName.GetValueOrDefault(name);

    public SourceRef Location => SourceRef.Of(File, Declaration);

    public IReadOnlyList<SyntaxPragma> Pragmas => Declaration.Pragmas;

    /// <summary>The source text of the declaration, used to tell whether a certified POU changed at all.</summary>
    public string Text => Declaration.ToString();
}
