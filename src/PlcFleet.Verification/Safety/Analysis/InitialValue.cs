namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// The start value of a kept state as written in the declarations (<c>global.x</c>, <c>prg.fb.member</c>): the initialisers
/// along the path, upper case without blanks; empty for the type's default (FALSE, 0). A standard block's hidden state
/// (a timer's elapsed time) always starts at its default.
/// </summary>
public static class InitialValue
{
    public static string Of(SiteAnalysis site, string path)
    {
        var parts = path.Split('.');
        if (parts.Length < 2)
        {
            return string.Empty;
        }

        var symbol = parts[0] == "global" ? site.Model.FindGlobal(Bare(parts[1])) : site.Model.FindPou(parts[0])?.Find(Bare(parts[1]));
        var text = new List<string>();
        for (var i = 2; symbol is not null; i++)
        {
            if (symbol.Initializer is { } init)
            {
                text.Add(string.Concat(init.ToString().Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant());
            }

            if (i >= parts.Length)
            {
                break;
            }

            var member = Bare(parts[i]);
            symbol = site.Model.FindPou(symbol.TypeName)?.Find(member)
                     ?? site.Model.FindStruct(symbol.TypeName)?.FirstOrDefault(f => f.Name.Equals(member, StringComparison.OrdinalIgnoreCase));
        }

        return string.Join("|", text);
    }

    private static string Bare(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? segment : segment[..bracket];
    }
}
