using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// The values written so far in the scan (path → formula) and the aliases made by struct copies and references.
/// Branches run on this one state with an undo journal (<see cref="Begin"/>/<see cref="Rollback"/>) and are merged
/// back with if-then-else over what they wrote.
/// </summary>
public sealed class SymbolicState
{
    public JournaledMap<Formula> Values { get; } = new();

    public JournaledMap<string> Aliases { get; } = new();

    public void Begin()
    {
        Values.Begin();
        Aliases.Begin();
    }

    /// <summary>Undoes a branch; returns what it wrote (null: removed) and which aliases it changed.</summary>
    public (Dictionary<string, Formula?> Values, Dictionary<string, string?> Aliases) Rollback() => (Values.Rollback(), Aliases.Rollback());

    /// <summary>Where a path really points after following aliases (<c>prg.alias.closed</c> → <c>global.guard.closed</c>).</summary>
    public string Canonical(string path)
    {
        if (!Aliases.Pairs.Any())
        {
            return path;
        }

        for (var guard = 0; guard < 16; guard++)
        {
            var redirected = false;
            foreach (var (from, to) in Aliases.Pairs)
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
        foreach (var key in Values.KeysUnder(path + "."))
        {
            Values.Remove(key);
        }

        Aliases.Remove(path);
    }
}
