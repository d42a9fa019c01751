namespace PlcFleet.Verification.Safety.Logic;

/// <summary>The signals a formula reads: leaf names, also inside comparisons and opaque terms.</summary>
public static class FormulaLeaves
{
    public static IReadOnlySet<string> Of(Formula formula)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(formula, names);
        return names;
    }

    /// <summary>Renames leaves (and members under them) by a map: used to line up renamed variables before comparing.</summary>
    public static Formula Rename(Formula formula, IReadOnlyDictionary<string, string> map) => map.Count == 0 ? formula : formula switch
    {
        Leaf leaf => new Leaf(RenamePath(leaf.Name, map), leaf.IsBool),
        Not n => F.Not(Rename(n.Operand, map)),
        Junction j => F.Junction(j.IsAnd, j.Operands.Select(o => Rename(o, map))),
        Comparison c => F.Compare(c.Op, Rename(c.Left, map), Rename(c.Right, map)),
        Choice c => F.Choose(Rename(c.Condition, map), Rename(c.WhenTrue, map), Rename(c.WhenFalse, map)),
        Opaque o => F.Opaque(RenamePath(o.Op, map), o.Arguments.Select(a => Rename(a, map)).ToList(), o.IsBool),
        _ => formula,
    };

    public static string RenamePath(string path, IReadOnlyDictionary<string, string> map)
    {
        foreach (var (from, to) in map)
        {
            if (path == from)
            {
                return to;
            }

            foreach (var separator in new[] { '.', '[', '@' })
            {
                if (path.StartsWith(from + separator, StringComparison.Ordinal))
                {
                    return to + path[from.Length..];
                }
            }

            // Opaque operators carry a path after a colon, e.g. index:prg.arr[*].
            var colon = path.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && path[(colon + 1)..] is var rest && (rest == from || rest.StartsWith(from + ".", StringComparison.Ordinal) || rest.StartsWith(from + "[", StringComparison.Ordinal)))
            {
                return path[..(colon + 1)] + to + rest[from.Length..];
            }
        }

        return path;
    }

    private static void Collect(Formula formula, HashSet<string> names)
    {
        switch (formula)
        {
            case Leaf leaf:
                names.Add(leaf.Name);
                break;
            case Not n:
                Collect(n.Operand, names);
                break;
            case Junction j:
                foreach (var o in j.Operands)
                {
                    Collect(o, names);
                }

                break;
            case Comparison c:
                Collect(c.Left, names);
                Collect(c.Right, names);
                break;
            case Choice c:
                Collect(c.Condition, names);
                Collect(c.WhenTrue, names);
                Collect(c.WhenFalse, names);
                break;
            case Opaque o:
                var colon = o.Op.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    names.Add(o.Op[(colon + 1)..]);
                }

                foreach (var a in o.Arguments)
                {
                    Collect(a, names);
                }

                break;
        }
    }
}
