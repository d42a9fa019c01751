using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// A pragma in braces as later layers want to read it: <c>{attribute 'safety'}</c> has Name "safety";
/// <c>{attribute 'monitoring' := 'call'}</c> adds Value "call". Other pragmas (Siemens attributes, region markers)
/// keep their inner text in <see cref="Content"/>.
/// </summary>
public sealed record SyntaxPragma(string Text, TextSpan Span, string Content, bool IsAttribute, string? Name, string? Value)
{
    internal static SyntaxPragma Parse(string text, TextSpan span)
    {
        var inner = text.Length >= 2 && text[^1] == '}' ? text[1..^1] : text[1..];
        var content = inner.Trim();
        const string Attribute = "attribute";
        if (!content.StartsWith(Attribute, StringComparison.OrdinalIgnoreCase) || content.Length == Attribute.Length ||
            !char.IsWhiteSpace(content[Attribute.Length]))
        {
            return new SyntaxPragma(text, span, content, false, null, null);
        }

        var rest = content[Attribute.Length..].Trim();
        var name = ReadQuoted(rest, out var afterName);
        string? value = null;
        var tail = rest[afterName..].TrimStart();
        if (tail.StartsWith(":=", StringComparison.Ordinal))
        {
            value = ReadQuoted(tail[2..].TrimStart(), out _);
        }

        return new SyntaxPragma(text, span, content, true, name, value);
    }

    // Attribute names and values are quoted with '...'; unquoted words are accepted as they are.
    private static string ReadQuoted(string text, out int end)
    {
        if (text.Length > 0 && text[0] == '\'')
        {
            var close = text.IndexOf('\'', 1);
            end = close < 0 ? text.Length : close + 1;
            return close < 0 ? text[1..] : text[1..close];
        }

        var stop = 0;
        while (stop < text.Length && !char.IsWhiteSpace(text[stop]) && text[stop] != ':')
        {
            stop++;
        }

        end = stop;
        return text[..stop];
    }
}
