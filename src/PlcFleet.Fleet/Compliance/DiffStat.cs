namespace PlcFleet.Fleet.Compliance;

/// <summary>Files and line counts of a unified diff (git's or DiffPlex's), for the report's "what changed where".</summary>
public static class DiffStat
{
    public static IReadOnlyList<FileChange> Read(string diff)
    {
        var files = new List<FileChange>();
        string? path = null;
        int added = 0, removed = 0;
        foreach (var raw in diff.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                Flush();
                path = StripPrefix(line[4..]);
            }
            else if (line.StartsWith("--- ", StringComparison.Ordinal) || line.StartsWith("diff ", StringComparison.Ordinal) || line.StartsWith("index ", StringComparison.Ordinal))
            {
                continue;
            }
            else if (line.StartsWith('+'))
            {
                added++;
            }
            else if (line.StartsWith('-'))
            {
                removed++;
            }
        }

        Flush();
        return files;

        void Flush()
        {
            if (path is not null || added + removed > 0)
            {
                files.Add(new FileChange(path ?? "(unnamed)", added, removed));
            }

            (path, added, removed) = (null, 0, 0);
        }
    }

    private static string StripPrefix(string path)
    {
        var trimmed = path.Split('\t')[0].Trim();
        return trimmed.StartsWith("b/", StringComparison.Ordinal) || trimmed.StartsWith("a/", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
    }
}
