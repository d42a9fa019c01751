namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Where a finding should point: the changed line that causes it, not the output's last assignment or a declaration the
/// change did not touch. For a finding about a signal that is the first changed line writing something the signal
/// depends on (or guarding such a write); otherwise the changed line nearest the finding's own place in the same file.
/// </summary>
public static class ChangeCause
{
    /// <summary>The first changed write or guard in the backward slice of <paramref name="afterPath"/>, or null.</summary>
    public static SourceRef? Of(SafetyComparison comparison, string afterPath)
    {
        if (comparison.Changed.IsEmpty)
        {
            return null;
        }

        // Backward slice over the code: the signal, what its writes read (values and guards), and so on.
        var writes = comparison.After.DefUse.Writes;
        var byTarget = writes.ToLookup(w => w.Target, StringComparer.Ordinal);
        var slice = new HashSet<string>(SafetyCone.Of(comparison.After, [afterPath]).Paths, StringComparer.Ordinal) { afterPath };
        var queue = new Queue<string>(slice);
        while (queue.Count > 0)
        {
            foreach (var write in byTarget[queue.Dequeue()])
            {
                var scope = new NameScope(comparison.After.Model, write.Pou, write.Pou.Name);
                var read = write.Guards.Prepend(write.Value).OfType<StructuredText.Syntax.ExpressionSyntax>().SelectMany(e => DefUse.PathsRead(e, scope));
                foreach (var path in read.SelectMany(p => InstanceReads(comparison.After.Model, p).Prepend(p)))
                {
                    if (slice.Add(path))
                    {
                        queue.Enqueue(path);
                    }
                }
            }
        }

        return writes
            .Where(w => slice.Contains(w.Target))
            .SelectMany(w => w.Guards.Select(g => SourceRef.Of(w.Pou.File, g)).Prepend(w.Location))
            .Where(comparison.Changed.Contains)
            .OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column)
            .FirstOrDefault();
    }

    /// <summary>
    /// Reading an FB instance's member depends on the whole instance: its inputs as the caller passes them (<c>prg.inst.set</c>)
    /// and its body, whose writes DefUse keys by the FB type (<c>fb_doormonitor.bclosed</c>).
    /// </summary>
    private static IEnumerable<string> InstanceReads(ProjectModel model, string path)
    {
        var parts = path.Split('.');
        if (parts.Length < 3)
        {
            yield break;
        }

        var instance = parts[0] + "." + parts[1];
        var symbol = parts[0] == "global" ? model.FindGlobal(parts[1]) : model.FindPou(parts[0])?.Find(parts[1]);
        if (symbol is null)
        {
            yield break;
        }

        foreach (var input in StandardBlocks.InputsOf(symbol.TypeName))
        {
            yield return instance + "." + input.ToLowerInvariant();
        }

        if (model.FindPou(symbol.TypeName) is { Kind: PouKind.FunctionBlock } fb)
        {
            foreach (var variable in fb.Variables)
            {
                yield return instance + "." + variable.Name.ToLowerInvariant();
                yield return variable.QualifiedName;
            }
        }
    }

    /// <summary>
    /// The changed line of the same file nearest <paramref name="location"/> (the earlier one on a tie), or null. A line that
    /// only closes a block (<c>END_IF;</c>) is taken only when nothing else changed.
    /// </summary>
    public static SourceRef? Nearest(SafetyComparison comparison, SourceRef location)
    {
        var text = comparison.After.Model.Project.Files.FirstOrDefault(f => f.RelativePath == location.File)?.Syntax.Source.Text.Split('\n') ?? [];
        bool ClosesOnly(int line) => line - 1 < text.Length && text[line - 1].TrimStart().StartsWith("END_", StringComparison.OrdinalIgnoreCase);
        return comparison.Changed.Lines(location.File).OrderBy(ClosesOnly).ThenBy(l => Math.Abs(l - location.Line)).ThenBy(l => l)
            .Select(l => new SourceRef(location.File, l, 1)).FirstOrDefault();
    }

    /// <summary>The first changed line of the site (a finding in a file the change did not touch: the cause is elsewhere).</summary>
    public static SourceRef? First(SafetyComparison comparison) =>
        comparison.Changed.Files.SelectMany(f => comparison.Changed.Lines(f).Take(1).Select(l => new SourceRef(f, l, 1))).FirstOrDefault();

    /// <summary>
    /// The finding moved to the changed line that causes it, when it is not on one already; the explanation keeps where the
    /// signal itself is. Findings in the old version (a deletion) and changes that touched no line stay where they are.
    /// </summary>
    public static SafetyFinding Locate(SafetyComparison comparison, SafetyFinding finding)
    {
        if (comparison.Changed.Contains(finding.Location) || !comparison.Changed.HasFile(finding.Location.File))
        {
            return finding;
        }

        var cause = (finding.Subject is { } subject ? Of(comparison, subject) : null) ?? Nearest(comparison, finding.Location) ?? First(comparison);
        return cause is null || cause == finding.Location
            ? finding
            : finding with
            {
                Location = cause,
                Explanation = finding.Explanation + $" (Reported at the changed line that causes it; the finding concerns {finding.Location}.)",
            };
    }
}
