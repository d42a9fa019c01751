using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Programs.Conditions;

/// <summary>
/// Parses a scenario condition with the real ST parser, so operators, precedence and literals are exactly ST's.
/// The parser reads whole POUs, so the condition is wrapped in a one-statement synthetic PROGRAM (an organization
/// block in SCL) and every position is mapped back to an offset in the condition text.
/// </summary>
internal static class ConditionParser
{
    public static ParsedCondition Parse(string condition, Dialect dialect)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return ParsedCondition.Failed(new ConditionError(0, 0, "the condition is empty"));
        }

        var (prefix, suffix) = dialect == Dialect.Scl
            ? ("ORGANIZATION_BLOCK Scenario_Condition\nBEGIN\nCondition_Result := ", "\n;\nEND_ORGANIZATION_BLOCK\n")
            : ("PROGRAM Scenario_Condition\nCondition_Result := ", "\n;\nEND_PROGRAM\n");
        var source = new SourceText(prefix + condition + suffix, "condition");
        var tree = SyntaxTree.Parse(source, dialect);
        var statements = (tree.Root.Declarations.Count > 0 ? tree.Root.Declarations[0] : null) switch
        {
            ProgramDeclarationSyntax program => program.Statements,
            OrganizationBlockDeclarationSyntax block => block.Statements,
            _ => null,
        };

        if (tree.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            var start = Math.Clamp(error.Span.Start - prefix.Length, 0, condition.Length);
            var length = Math.Clamp(error.Span.Length, 0, condition.Length - start);
            return ParsedCondition.Failed(new ConditionError(start, length, InUserTerms(error.Message, error.Span.Start - prefix.Length >= condition.Length)));
        }

        if (statements is not { Count: 1 } || statements[0] is not AssignmentStatementSyntax assignment)
        {
            // e.g. "Motor_Run; Horn": more than one statement is not one condition.
            var extra = statements is { Count: > 1 } ? statements[1].Span.Start - prefix.Length : 0;
            return ParsedCondition.Failed(new ConditionError(Math.Clamp(extra, 0, condition.Length), 0, "a condition is one ST expression"));
        }

        return new ParsedCondition(assignment.Right, prefix.Length, source, null);
    }

    /// <summary>The parser speaks of the synthetic statement around the condition; say it in the condition's terms.</summary>
    private static string InUserTerms(string message, bool atEnd)
    {
        var found = message.IndexOf(", found ", StringComparison.Ordinal);
        var what = found < 0 ? null : atEnd ? "the end of the condition" : message[(found + 8)..];
        if (message.Contains("after the assignment", StringComparison.Ordinal))
        {
            return $"expected an operator (AND, OR, =, ...), found {what}";
        }

        return atEnd && found >= 0 ? message[..found] + ", found " + what : message;
    }
}

/// <summary>The parsed expression of a condition and where the condition starts in the synthetic source.</summary>
internal sealed record ParsedCondition(ExpressionSyntax? Expression, int Offset, SourceText? Source, ConditionError? Error)
{
    public static ParsedCondition Failed(ConditionError error) => new(null, 0, null, error);

    /// <summary>The node's text as the user wrote it.</summary>
    public string TextOf(SyntaxNode node) => Source!.Text.Substring(node.Span.Start, node.Span.Length);

    public ConditionError ErrorAt(SyntaxNode node, string message) =>
        new(Math.Max(0, node.Span.Start - Offset), node.Span.Length, message);
}
