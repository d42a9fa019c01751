using System.Text;
using PlcFleet.StructuredText.Runtime;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// An indented dump of a tree: one line per node kind and per token (kind and text), skipped text and missing
/// tokens marked, then the diagnostics with line:col. Used by golden tests and handy when debugging a rewrite.
/// </summary>
public static class SyntaxTreePrinter
{
    public static string Print(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        Print(tree.Root, builder, 0);
        builder.Append("diagnostics:");
        if (tree.Diagnostics.Count == 0)
        {
            builder.Append(" none");
        }

        builder.Append('\n');
        foreach (var diagnostic in tree.Diagnostics)
        {
            builder.Append("  ").Append(diagnostic.Start).Append(' ').Append(diagnostic.Severity.ToString().ToLowerInvariant())
                .Append(' ').Append(diagnostic.Code).Append(": ").Append(diagnostic.Message).Append('\n');
        }

        return builder.ToString();
    }

    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Print(node, builder, 0);
        return builder.ToString();
    }

    private static void Print(SyntaxNode node, StringBuilder builder, int depth)
    {
        if (StackGuard.IsLow)
        {
            StackGuard.OnFreshStack(() => Print(node, builder, depth));
            return;
        }

        builder.Append(' ', depth * 2).Append(node.Kind).Append('\n');
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.Node is { } childNode)
            {
                Print(childNode, builder, depth + 1);
                continue;
            }

            var token = child.Token!;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind == SyntaxKind.SkippedTokensTrivia)
                {
                    builder.Append(' ', (depth + 1) * 2).Append("skipped ").Append(Quote(trivia.Text)).Append('\n');
                }
            }

            builder.Append(' ', (depth + 1) * 2).Append(token.Kind);
            if (token.IsMissing)
            {
                builder.Append(" <missing>");
            }
            else if (token.Kind != SyntaxKind.EndOfFileToken)
            {
                builder.Append(' ').Append(Quote(token.Text));
            }

            builder.Append('\n');
        }
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal) + "\"";
}
