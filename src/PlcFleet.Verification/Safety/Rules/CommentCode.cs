using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// Comments are not code: a comment counts as commented-out code only when its text parses as Structured Text (statements,
/// or a condition fragment such as <c>AND Guard_Closed</c> cut out of an expression). Prose that names signals with
/// AND/NOT does not parse and stays a comment.
/// </summary>
internal static class CommentCode
{
    private static readonly string[] FragmentStarts = ["AND ", "OR ", "XOR ", "AND_THEN ", "OR_ELSE ", "& ", "NOT "];

    /// <summary>The statements the comment holds (a fragment as one assignment, <see cref="IsFragment"/>), or null when it is not code.</summary>
    public static IReadOnlyList<StatementSyntax>? Parse(string comment)
    {
        var inner = Strip(comment).Trim();
        if (inner.Length == 0)
        {
            return null;
        }

        if (Statements("PROGRAM CommentedOut\n" + inner + "\nEND_PROGRAM\n") is { Count: > 0 } statements
            && statements.Any(s => s is not LabelStatementSyntax and not EmptyStatementSyntax))
        {
            return statements;
        }

        return FragmentStarts.Any(f => inner.StartsWith(f, StringComparison.OrdinalIgnoreCase))
            ? Statements("PROGRAM CommentedOut\nCommentedOut_Value := CommentedOut_Value " + inner.TrimEnd(';') + ";\nEND_PROGRAM\n")
            : null;
    }

    /// <summary>A condition cut out of a live expression (<c>(* AND Guard_Closed *)</c>): the classic way to disable a check.</summary>
    public static bool IsFragment(string comment) =>
        FragmentStarts.Any(f => Strip(comment).Trim().StartsWith(f, StringComparison.OrdinalIgnoreCase)) && Parse(comment) is not null;

    private static List<StatementSyntax>? Statements(string program)
    {
        var tree = SyntaxTree.Parse(program);
        return tree.HasErrors ? null : tree.Root.Declarations.OfType<ProgramDeclarationSyntax>().SelectMany(p => p.Statements).ToList();
    }

    private static string Strip(string comment)
    {
        var text = comment.Trim();
        if (text.StartsWith("(*", StringComparison.Ordinal) && text.EndsWith("*)", StringComparison.Ordinal))
        {
            return text[2..^2];
        }

        if (text.StartsWith("/*", StringComparison.Ordinal) && text.EndsWith("*/", StringComparison.Ordinal))
        {
            return text[2..^2];
        }

        return string.Join("\n", text.Split('\n').Select(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal) ? line.TrimStart()[2..] : line));
    }
}
