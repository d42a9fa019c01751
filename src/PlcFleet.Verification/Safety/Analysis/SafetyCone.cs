using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Everything safety outputs depend on across scans: the signals in their end-of-scan values, and for every state kept to the
/// next scan (a latch, a timer's elapsed time, a counter's count, an FB's internal variable) the signals its update reads in turn. <see cref="Unresolved"/> lists the unknowns met on
/// the way (with the first output each reaches), so rules can escalate writes the scan could not resolve.
/// </summary>
public sealed class SafetyCone
{
    private const int MaxSize = 20_000;

    private readonly HashSet<string> _owners = new(StringComparer.Ordinal);

    private SafetyCone(HashSet<string> paths, List<(string Root, string Output)> unresolved)
    {
        Paths = paths;
        Unresolved = unresolved;
        foreach (var path in paths)
        {
            for (var i = 1; i < path.Length; i++)
            {
                if (path[i] is '.' or '[')
                {
                    _owners.Add(path[..i]);
                }
            }
        }
    }

    /// <summary>Variable paths in the cone (outputs included).</summary>
    public IReadOnlySet<string> Paths { get; }

    /// <summary>Roots of unresolved writes that reach the cone, each with the first output it reaches.</summary>
    public IReadOnlyList<(string Root, string Output)> Unresolved { get; }

    /// <summary>Whether a variable or instance lies in the cone, itself or through one of its members or elements.</summary>
    public bool Contains(string path) => Paths.Contains(path) || _owners.Contains(path);

    public static SafetyCone Of(SiteAnalysis site, IEnumerable<string> outputs)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var roots = new HashSet<string>(StringComparer.Ordinal);
        var unresolved = new List<(string, string)>();
        foreach (var output in outputs.Order(StringComparer.Ordinal))
        {
            var queue = new Queue<string>([output]);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (queue.Count > 0 && seen.Count < MaxSize)
            {
                var path = queue.Dequeue();
                if (!seen.Add(path))
                {
                    continue;
                }

                paths.Add(path);
                var value = path == output || site.Scan.Writes(path) ? site.Scan.ValueOf(path, true) : site.Scan.Next(path)!;
                foreach (var leaf in FormulaLeaves.Of(value))
                {
                    if (UnresolvedWrite.IsUnresolved(leaf))
                    {
                        if (roots.Add(Root(leaf)))
                        {
                            unresolved.Add((Root(leaf), output));
                        }
                    }
                    else if (leaf != path && !seen.Contains(leaf))
                    {
                        // Kept state (a latch, a timer's elapsed time, an FB's internal variable): follow how it is updated.
                        if (site.Scan.Next(leaf) is not null)
                        {
                            queue.Enqueue(leaf);
                        }
                        else
                        {
                            paths.Add(leaf);
                        }
                    }
                }
            }
        }

        return new SafetyCone(paths, unresolved);
    }

    /// <summary>The root of an unknown leaf (<c>?loop#…/path</c> → <c>?loop#…</c>).</summary>
    public static string Root(string leaf)
    {
        var slash = leaf.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? leaf[..slash] : leaf;
    }
}
