using System.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>
/// Reads Rockwell neutral rung text into instructions and branches: <c>XIC(A)[XIC(B),XIO(C)]OTE(D);</c>.
/// Returns null when the text is not well formed (unbalanced brackets), so the caller keeps the text alone.
/// </summary>
public static class LadderRungText
{
    public static IReadOnlyList<LadderElement>? Parse(string text)
    {
        var position = 0;
        var elements = ParseSequence(text, ref position, topLevel: true);
        SkipBlanks(text, ref position);
        if (position < text.Length && text[position] == ';')
        {
            position++;
        }

        SkipBlanks(text, ref position);
        return elements is not null && position == text.Length ? elements : null;
    }

    private static List<LadderElement>? ParseSequence(string text, ref int position, bool topLevel)
    {
        var elements = new List<LadderElement>();
        while (true)
        {
            SkipBlanks(text, ref position);
            if (position >= text.Length || text[position] is ';' || (!topLevel && text[position] is ',' or ']'))
            {
                return elements;
            }

            if (text[position] == '[')
            {
                position++;
                var legs = new List<IReadOnlyList<LadderElement>>();
                while (true)
                {
                    var leg = ParseSequence(text, ref position, topLevel: false);
                    if (leg is null || position >= text.Length)
                    {
                        return null;
                    }

                    legs.Add(leg);
                    if (text[position++] == ']')
                    {
                        break;
                    }
                }

                elements.Add(new LadderBranch(legs));
                continue;
            }

            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            if (position == start || position >= text.Length || text[position] != '(')
            {
                return null;
            }

            var mnemonic = text[start..position];
            position++;
            var operands = ReadOperands(text, ref position);
            if (operands is null)
            {
                return null;
            }

            elements.Add(new LadderInstruction(mnemonic, operands));
        }
    }

    /// <summary>Operands up to the closing parenthesis; commas inside nested brackets (array indexes, expressions) stay in the operand.</summary>
    private static List<string>? ReadOperands(string text, ref int position)
    {
        var operands = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        while (position < text.Length)
        {
            var c = text[position++];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']' && depth > 0)
            {
                depth--;
            }
            else if (c == ')')
            {
                operands.Add(current.ToString().Trim());
                if (operands is [""])
                {
                    operands.Clear();
                }

                return operands;
            }
            else if (c == ',' && depth == 0)
            {
                operands.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        return null;
    }

    private static void SkipBlanks(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
