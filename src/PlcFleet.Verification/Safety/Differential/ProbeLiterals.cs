using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// The values the differential check drives numeric inputs with besides random ones: every literal the old or new code
/// compares against (<c>Reg_Service = 16#A55A</c>, a CASE label, a constant's value) with its neighbours, and each
/// input type's boundaries (minimum, maximum, 0, ±1). A trigger behind a magic value in an HMI or communication
/// register is reached only this way; uniform random numbers essentially never hit it.
/// </summary>
public static class ProbeLiterals
{
    /// <summary>More distinct literals than this (a 20,000-line site) keep the ones nearest zero.</summary>
    private const int MaxLiterals = 400;

    public static IReadOnlyList<double> Find(IEnumerable<SiteAnalysis> sites, IEnumerable<SignalInfo> inputs)
    {
        var literals = new HashSet<double>();
        foreach (var root in sites.SelectMany(s => s.Model.Project.Files).Select(f => f.Syntax.Root))
        {
            foreach (var node in root.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case BinaryExpressionSyntax binary when IsComparison(binary.Kind):
                        Add(literals, binary.Left);
                        Add(literals, binary.Right);
                        break;
                    case CaseElementSyntax element:
                        foreach (var label in element.Labels)
                        {
                            foreach (var part in label.DescendantNodesAndSelf().OfType<ExpressionSyntax>())
                            {
                                Add(literals, part);
                            }
                        }

                        break;
                    case VariableDeclarationSyntax { Initializer: { } initializer }:
                        Add(literals, initializer.Value);
                        break;
                }
            }
        }

        var around = literals.OrderBy(Math.Abs).Take(MaxLiterals).SelectMany(l => l == Math.Floor(l) ? new[] { l - 1, l, l + 1 } : [l - 0.01, l, l + 0.01]);
        var bounds = inputs.Select(i => i.Type).Where(t => t.Kind == PlcValueKind.Integer).Distinct()
            .SelectMany(t => new double[] { t.MinInteger, t.MaxInteger, t.MaxInteger - 1 });
        return around.Concat(bounds).Concat([-1, 0, 1]).Distinct().Order().ToList();
    }

    private static bool IsComparison(SyntaxKind kind) => kind is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression
        or SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanOrEqualExpression;

    private static void Add(HashSet<double> literals, ExpressionSyntax expression)
    {
        var negated = false;
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p:
                    expression = p.Expression;
                    continue;
                case UnaryExpressionSyntax { Kind: SyntaxKind.NegateExpression } u:
                    negated = !negated;
                    expression = u.Operand;
                    continue;
                case TypedLiteralExpressionSyntax typed:
                    expression = typed.Value;
                    continue;
                case LiteralExpressionSyntax literal when Number(literal.Token.Text) is { } value:
                    literals.Add(negated ? -value : value);
                    return;
                default:
                    return;
            }
        }
    }

    private static double? Number(string text) => LiteralParser.Parse(text).Value switch
    {
        IntegerValue i => (double)i.Value,
        RealValue r => r.Value,
        _ => null,
    };
}
