using System.Text;

namespace PlcFleet.Verification.Safety.Logic;

/// <summary>
/// Prints a safety signature as Structured Text a safety engineer reads (<c>S10_NotHalt_OK AND NOT tDiskrepanz.Q</c>),
/// with variables under their declared names; long conditions are cut with "...".
/// </summary>
public static class StructuredTextPrinter
{
    public static string Print(Formula formula, Func<string, string> display, int maxLength = 600)
    {
        var text = new StringBuilder();
        Append(formula, display, text, topLevel: true);
        return text.Length > maxLength ? text.ToString(0, maxLength) + " ..." : text.ToString();
    }

    private static void Append(Formula formula, Func<string, string> display, StringBuilder text, bool topLevel)
    {
        switch (formula)
        {
            case BoolConst c:
                text.Append(c.Value ? "TRUE" : "FALSE");
                break;
            case Literal l:
                text.Append(l.Text);
                break;
            case Leaf leaf:
                text.Append(leaf.Name.StartsWith("prev(", StringComparison.Ordinal) ? leaf.Name : Unknown(leaf.Name) ?? display(leaf.Name));
                break;
            case Not n:
                text.Append("NOT ");
                Append(n.Operand, display, text, topLevel: false);
                break;
            case Junction j:
                if (!topLevel)
                {
                    text.Append('(');
                }

                for (var i = 0; i < j.Operands.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(j.IsAnd ? " AND " : " OR ");
                    }

                    Append(j.Operands[i], display, text, topLevel: false);
                }

                if (!topLevel)
                {
                    text.Append(')');
                }

                break;
            case Comparison c:
                text.Append('(');
                Append(c.Left, display, text, topLevel: false);
                text.Append(' ').Append(c.Op).Append(' ');
                Append(c.Right, display, text, topLevel: false);
                text.Append(')');
                break;
            case Choice c:
                text.Append("SEL(");
                Append(c.Condition, display, text, topLevel: true);
                text.Append(", ");
                Append(c.WhenFalse, display, text, topLevel: true);
                text.Append(", ");
                Append(c.WhenTrue, display, text, topLevel: true);
                text.Append(')');
                break;
            case Opaque o:
                var colon = o.Op.IndexOf(':', StringComparison.Ordinal);
                text.Append(colon > 0 ? o.Op[..colon] + ":" + display(o.Op[(colon + 1)..]) : o.Op).Append('(');
                for (var i = 0; i < o.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    Append(o.Arguments[i], display, text, topLevel: true);
                }

                text.Append(')');
                break;
            default:
                text.Append(formula.Key);
                break;
        }
    }

    /// <summary>An unknown from an unresolved write reads as "unknown(loop)" rather than its internal name.</summary>
    private static string? Unknown(string name) =>
        name.Length > 1 && name[0] == '?' ? "unknown(" + name[1..name.IndexOf('#', StringComparison.Ordinal)] + ")" : null;
}
