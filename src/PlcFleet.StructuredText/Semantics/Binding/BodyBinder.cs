using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Semantics.Declarations;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>
/// Binds one POU body: resolves every name, types every expression, inserts implicit conversions, folds constants
/// and reports what a PLC engineer would get wrong. Errors never cascade: a name that does not resolve becomes a
/// <see cref="BoundError"/> of the error type, and nothing that uses it reports again.
/// </summary>
internal sealed partial class BodyBinder
{
    private readonly BindingContext _context;
    private readonly PouSymbol? _pou;
    private readonly Dialect _dialect;
    private readonly ConversionMode _mode;
    private readonly Dictionary<string, BoundLabel> _labels = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<VariableSymbol> _forVariables = [];
    private int _loopDepth;

    public BodyBinder(BindingContext context, PouSymbol? pou, Dialect dialect)
    {
        _context = context;
        _pou = pou;
        _dialect = dialect;
        _mode = dialect == Dialect.Iec ? ConversionMode.Strict : ConversionMode.Lenient;
    }

    private DiagnosticBag Diagnostics => _context.Diagnostics;

    private GlobalSymbols Globals => _context.Globals;

    public BoundBody BindBody(PouSymbol pou)
    {
        CollectLabels(pou.BodyStatements);
        BindInitializers(pou.Variables);
        var statements = BindStatements(pou.BodyStatements);
        statements.AddRange(BindSfc(pou.BodyStatements));
        return new BoundBody(pou, statements);
    }

    /// <summary>Checks declared initial values (x : INT := 70000 is an error) in the scope of their POU.</summary>
    public void BindInitializers(IReadOnlyList<VariableSymbol> variables)
    {
        foreach (var variable in variables)
        {
            if (variable.Initializer?.Value is not { } value || variable.Type.IsError)
            {
                continue;
            }

            // A single value for a whole array or struct (aLimits : ARRAY[1..8] OF INT := 5) is refused by IEC and CODESYS
            // alike ([8(5)] is the way): BindAggregate reports it where it stands, so no simulator starts a zeroed array.
            if (value is ArrayInitializerSyntax or RepeatedInitializerSyntax or StructInitializerSyntax
                || variable.Type.Underlying is ArrayType or StructType)
            {
                // (PT := T#5S) on a block instance binds like a structure initializer: member values, checked and constant.
                variable.InitialAggregate = BindAggregate(value, variable.Type, variable.Name);
                continue;
            }

            var bound = BindExpression(value);
            variable.BoundInitializer = ConvertForAssignment(bound, variable.Type, value, variable.Name);
            if (variable.Storage == VariableStorage.Member && variable.InitialValue is null && !variable.BoundInitializer.HasErrors)
            {
                // STRUCT member defaults are not folded with the POU variables; the loader needs the constant.
                variable.InitialValue = variable.BoundInitializer.Constant;
            }
        }
    }

    private void CollectLabels(IReadOnlyList<StatementSyntax> statements)
    {
        foreach (var statement in statements)
        {
            if (statement is LabelStatementSyntax label)
            {
                _labels.TryAdd(label.Name.Text, new BoundLabel(label, label.Name.Text));
            }
        }
    }

    private void Report(SemanticDiagnosticCode code, SyntaxNode node, params object?[] args) => Diagnostics.Report(code, node, args);

    /// <summary>An undeclared name: an error, or one ST2050 per name when the project declares a library PlcFleet does not ship.</summary>
    private void ReportUnresolved(SemanticDiagnosticCode code, SyntaxNode node, string name)
    {
        if (node.SyntaxTree is { } tree)
        {
            _context.Unresolved.Report(code, name, tree.Source, node.Span);
        }
    }

    private void ReportUnresolved(SemanticDiagnosticCode code, SyntaxToken token, string name)
    {
        if (token.Parent?.SyntaxTree is { } tree)
        {
            _context.Unresolved.Report(code, name, tree.Source, token.Span);
        }
    }

    private void Report(SemanticDiagnosticCode code, SyntaxToken token, params object?[] args)
    {
        if (token.Parent?.SyntaxTree is { } tree)
        {
            Diagnostics.Report(code, token, tree.Source, args);
        }
    }

    /// <summary>Rules only strict IEC enforces are warnings in the CODESYS and SCL dialects.</summary>
    private void ReportStrict(SemanticDiagnosticCode error, SemanticDiagnosticCode lenientWarning, SyntaxNode node, params object?[] args)
    {
        if (_dialect == Dialect.Iec)
        {
            Report(error, node, args);
        }
        else
        {
            Diagnostics.ReportWithSeverity(lenientWarning, DiagnosticSeverity.Warning, node, args);
        }
    }
}
