using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor.Codesys;

/// <summary>
/// Reads a CODESYS 2.3 text export (<c>.EXP</c>, Windows-1252): objects separated by <c>(* @PATH := ... *)</c> style
/// markers, each a PROGRAM, FUNCTION_BLOCK, FUNCTION, ACTION, TYPE or VAR_GLOBAL list written as ST. Each object is a
/// plain-text region. Bodies in ladder, FBD, SFC (<c>_LD_BODY</c>, <c>_FBD_BODY</c>, ...) or IL are kept in the file
/// but not given to the language core; visualisations, library and target settings are left alone.
/// </summary>
internal static partial class CodesysExportReader
{
    private static readonly Dictionary<string, string> EndOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PROGRAM"] = "END_PROGRAM",
        ["FUNCTION_BLOCK"] = "END_FUNCTION_BLOCK",
        ["FUNCTION"] = "END_FUNCTION",
        ["ACTION"] = "END_ACTION",
        ["TYPE"] = "END_TYPE",
        ["VAR_GLOBAL"] = "END_VAR",
        ["VAR_CONFIG"] = "END_VAR",
        ["INTERFACE"] = "END_INTERFACE",
    };

    /// <summary>IL operators a body can start with; ST never starts a statement with one of these followed by an operand.</summary>
    [GeneratedRegex(@"^\s*(LDN?|STN?|S|R|CAL|CALC|CALCN|JMP|JMPC|JMPCN|RET|RETC|ANDN?|ORN?|XORN?|ADD|SUB|MUL|DIV|GT|GE|EQ|NE|LE|LT)\s+[^\s:=]", RegexOptions.IgnoreCase)]
    private static partial Regex IlLine();

    [GeneratedRegex(@"^\s*(PROGRAM|FUNCTION_BLOCK|FUNCTION|ACTION|TYPE|VAR_GLOBAL|VAR_CONFIG|INTERFACE)\b\s*([A-Za-z_][A-Za-z0-9_]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectStart();

    public static VendorDocument Read(string path, EncodedText file, SourceText original)
    {
        var regions = new List<EmbeddedRegion>();
        var objects = new List<VendorObject>();
        var bodies = new List<CodeBody>();
        var view = new StViewBuilder(original);
        var lines = TextLines.Of(original.Text);
        var i = 0;
        while (i < lines.Count)
        {
            // LIBRARY / Util.lib 18.5.10 14:14:28 / ... / END_LIBRARY: a library the exported project references.
            if (LineText(original.Text, lines[i]).Trim().Equals("LIBRARY", StringComparison.Ordinal) && i + 1 < lines.Count)
            {
                var library = LineText(original.Text, lines[i + 1]).Trim().Split(' ', '\t')[0];
                objects.Add(new VendorObject("Library", library, original.GetLinePosition(lines[i + 1].Start)));
                i += 2;
                continue;
            }

            var start = ObjectStart().Match(LineText(original.Text, lines[i]));
            if (!start.Success)
            {
                i++;
                continue;
            }

            var keyword = start.Groups[1].Value.ToUpperInvariant();
            var name = start.Groups[2].Success ? start.Groups[2].Value : keyword;
            var end = EndOf[keyword];
            var first = i;
            var declarationEnd = -1;
            var last = i;
            while (last < lines.Count && !LineText(original.Text, lines[last]).Trim().Equals(end, StringComparison.OrdinalIgnoreCase))
            {
                if (declarationEnd < 0 && LineText(original.Text, lines[last]).Contains("@END_DECLARATION", StringComparison.Ordinal))
                {
                    declarationEnd = last;
                }

                last++;
            }

            last = Math.Min(last, lines.Count - 1);
            var position = original.GetLinePosition(lines[first].Start);
            objects.Add(new VendorObject(keyword, name, position));
            var bodyLanguage = declarationEnd >= 0 ? BodyLanguage(original.Text, lines, declarationEnd + 1, last) : "ST";
            var regionEnd = bodyLanguage == "ST" ? lines[last].End : lines[Math.Max(declarationEnd, first)].End;
            var region = EmbeddedRegion.Read(RegionKind.StObjects, name, original.Text, lines[first].Start, regionEnd - lines[first].Start, RegionQuoting.Plain);
            regions.Add(region);
            view.Region(region);
            if (bodyLanguage == "ST")
            {
                bodies.Add(new StCodeBody(name, position, region));
            }
            else
            {
                // The graphical or IL body stays in the file untouched; the core sees the POU's interface with an empty body.
                bodies.Add(new OpaqueCodeBody(name, original.GetLinePosition(lines[declarationEnd + 1].Start), bodyLanguage));
                view.Generated($"\n{end}\n", lines[last].Start);
            }

            view.Generated("\n", lines[last].End);
            i = last + 1;
        }

        return new VendorDocument(path, VendorFormat.CodesysExport, file, original, regions, objects, bodies, view.IsEmpty ? null : view.Build(), []);
    }

    /// <summary>ST, IL, or the graphical marker (<c>_LD_BODY</c>, <c>_FBD_BODY</c>, <c>_SFC</c>) of the body between the declaration and the END line.</summary>
    private static string BodyLanguage(string text, List<(int Start, int End)> lines, int from, int last)
    {
        for (var i = from; i < last; i++)
        {
            var line = LineText(text, lines[i]).Trim();
            if (line.Length == 0 || line.StartsWith("(*", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith('_'))
            {
                return line.Split(' ', '\t')[0];
            }

            return IlLine().IsMatch(line) ? "IL" : "ST";
        }

        return "ST";
    }

    private static string LineText(string text, (int Start, int End) line) => text[line.Start..line.End];
}
