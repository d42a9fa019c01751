using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics;

/// <summary>How names are read: Siemens quotes ("Safety_DB") are not part of the name; comparison ignores case (IEC).</summary>
internal static class Names
{
    public static string Of(SyntaxToken token)
    {
        var text = token.Text;
        return text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
    }

    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
