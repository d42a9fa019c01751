using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Resolves names inside one POU instance: POU-local variables shadow globals, <c>#x</c> is local (SCL),
/// <c>"DB".x</c> and plain globals are <c>global.x</c>, and <c>Inst.Q</c> is a member path under the instance.
/// Paths are lower case; <paramref name="prefix"/> is the instance path (<c>prg_main.fbfeeder</c>).
/// </summary>
public sealed class NameScope(ProjectModel model, PouSymbol pou, string prefix)
{
    public ProjectModel Model { get; } = model;

    public PouSymbol Pou { get; } = pou;

    public string Prefix { get; } = prefix.ToLowerInvariant();

    /// <summary>The variable a simple name denotes here, or null for an undeclared name.</summary>
    public VariableSymbol? Symbol(string name)
    {
        var bare = ProjectModel.StripQuotes(name);
        return Pou.Find(bare) ?? Model.FindGlobal(bare);
    }

    /// <summary>The qualified path of a variable reference, or null when the expression is not a variable.</summary>
    public string? PathOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax id => NamePath(id.Identifier.Text),
        LocalNameSyntax local => Prefix + "." + local.Identifier.Text.ToLowerInvariant(),
        MemberAccessExpressionSyntax member => MemberPath(member),
        ElementAccessExpressionSyntax element when PathOf(element.Expression) is { } array =>
            array + "[" + string.Join(",", element.Indices.Select(IndexText)) + "]",
        DereferenceExpressionSyntax deref when PathOf(deref.Expression) is { } pointer => pointer + "^",
        ParenthesizedExpressionSyntax paren => PathOf(paren.Expression),
        _ => null,
    };

    /// <summary>The declared variable at the root of a path expression (<c>Guard</c> in <c>Guard.Closed</c>).</summary>
    public VariableSymbol? RootSymbol(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax id => Symbol(id.Identifier.Text),
        LocalNameSyntax local => Pou.Find(local.Identifier.Text),
        MemberAccessExpressionSyntax member when member.Expression is IdentifierNameSyntax db && Model.FindGlobal(ProjectModel.StripQuotes(db.Identifier.Text) + "." + member.Member.Text) is { } dbVar => dbVar,
        MemberAccessExpressionSyntax member => RootSymbol(member.Expression),
        ElementAccessExpressionSyntax element => RootSymbol(element.Expression),
        DereferenceExpressionSyntax deref => RootSymbol(deref.Expression),
        ParenthesizedExpressionSyntax paren => RootSymbol(paren.Expression),
        _ => null,
    };

    /// <summary>The declared type name of a path expression, following FB and struct members.</summary>
    public string? TypeOf(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case IdentifierNameSyntax id when RootSymbol(id) is null && Model.FindPou(id.Identifier.Text) is { Kind: PouKind.Program } program:
                return program.Name;
            case IdentifierNameSyntax or LocalNameSyntax:
                return RootSymbol(expression)?.TypeName;
            case MemberAccessExpressionSyntax member:
                if (RootSymbol(expression) is { } dbVar && member.Expression is IdentifierNameSyntax && dbVar.Name.Contains('.', StringComparison.Ordinal))
                {
                    return dbVar.TypeName;
                }

                return MemberType(TypeOf(member.Expression), member.Member.Text);
            case ElementAccessExpressionSyntax element:
                var arrayType = TypeOf(element.Expression);
                var of = arrayType?.LastIndexOf(" OF ", StringComparison.OrdinalIgnoreCase) ?? -1;
                return of >= 0 ? arrayType![(of + 4)..].Trim() : null;
            case ParenthesizedExpressionSyntax paren:
                return TypeOf(paren.Expression);
            default:
                return null;
        }
    }

    public string? MemberType(string? ownerType, string member)
    {
        if (ownerType is null)
        {
            return null;
        }

        if (Model.FindPou(ownerType) is { } fb)
        {
            return fb.Find(member)?.TypeName;
        }

        if (Model.FindStruct(ownerType) is { } fields)
        {
            return fields.FirstOrDefault(f => f.Name.Equals(member, StringComparison.OrdinalIgnoreCase))?.TypeName;
        }

        return StandardBlocks.MemberType(ownerType, member);
    }

    private string NamePath(string name)
    {
        var bare = ProjectModel.StripQuotes(name);
        if (Pou.Find(bare) is not null || (Pou.Kind is PouKind.Function or PouKind.Method && Pou.Name.Split('.')[^1].Equals(bare, StringComparison.OrdinalIgnoreCase)))
        {
            return Prefix + "." + bare.ToLowerInvariant();
        }

        // PRG_Safety.Release reads another program's variable: its path is that program's own.
        return Model.FindGlobal(bare) is null && Model.FindPou(bare) is { Kind: PouKind.Program }
            ? bare.ToLowerInvariant()
            : "global." + bare.ToLowerInvariant();
    }

    private string? MemberPath(MemberAccessExpressionSyntax member)
    {
        if (member.Expression is IdentifierNameSyntax { Identifier.Text: var text } && text.Equals("THIS", StringComparison.OrdinalIgnoreCase))
        {
            return Prefix + "." + member.Member.Text.ToLowerInvariant();
        }

        return PathOf(member.Expression) is { } owner ? owner + "." + ProjectModel.StripQuotes(member.Member.Text).ToLowerInvariant() : null;
    }

    private static string IndexText(ExpressionSyntax index) =>
        index is LiteralExpressionSyntax literal ? literal.Token.Text : "*";
}
