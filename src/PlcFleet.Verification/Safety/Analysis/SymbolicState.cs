using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// The values written so far in the scan (path → formula) and the aliases made by struct copies and references.
/// Branches run on copies that are merged back with if-then-else.
/// </summary>
public sealed class SymbolicState
{
    public Dictionary<string, Formula> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    public SymbolicState Copy()
    {
        var copy = new SymbolicState();
        foreach (var pair in Values)
        {
            copy.Values[pair.Key] = pair.Value;
        }

        foreach (var pair in Aliases)
        {
            copy.Aliases[pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <summary>Where a path really points after following aliases (<c>prg.alias.closed</c> → <c>global.guard.closed</c>).</summary>
    public string Canonical(string path)
    {
        for (var guard = 0; guard < 16; guard++)
        {
            var redirected = false;
            foreach (var (from, to) in Aliases)
            {
                if (path == from || path.StartsWith(from + ".", StringComparison.Ordinal) || path.StartsWith(from + "[", StringComparison.Ordinal))
                {
                    path = to + path[from.Length..];
                    redirected = true;
                    break;
                }
            }

            if (!redirected)
            {
                break;
            }
        }

        return path;
    }

    /// <summary>Forgets a whole variable and its members (a new value or alias replaces them).</summary>
    public void Clear(string path)
    {
        foreach (var key in Values.Keys.Where(k => k.StartsWith(path + ".", StringComparison.Ordinal)).ToList())
        {
            Values.Remove(key);
        }

        Aliases.Remove(path);
    }
}
