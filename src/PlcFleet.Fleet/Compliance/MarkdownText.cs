using System.Text;

namespace PlcFleet.Fleet.Compliance;

/// <summary>
/// Escapes free text (reviewer comments, findings, file names) so it stays literal text in Markdown: no table
/// breaks, no emphasis, no links, no raw HTML.
/// </summary>
public static class MarkdownText
{
    private const string Special = "\\`*_{}[]()<>#+-!|~&";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r')
            {
                continue;
            }

            if (c is '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Inline code for hashes and branch names; a backtick inside is replaced, as code spans cannot escape it.</summary>
    public static string Code(string text) => $"`{text.Replace('`', '\'')}`";
}
