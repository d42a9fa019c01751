namespace PlcFleet.StructuredText.Text;

/// <summary>
/// Levenshtein distance, case-insensitive (IEC 61131-3 names are), and the closest of a set of names: the one owner
/// of every "did you mean" (signals in scenarios, mistyped commands and options).
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The candidate nearest to <paramref name="name"/> (ties: alphabetical), with its distance; null when there are none.</summary>
    public static (string Name, int Distance)? Closest(string name, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Name: c, Distance: Between(name, c)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Select(x => ((string, int)?)x)
            .FirstOrDefault();

    /// <summary>Close enough to be a typo of each other: at most two edits, or a third of the name's length.</summary>
    public static bool IsLikelyTypo(string name, int distance) => distance <= Math.Max(2, name.Length / 3);
}
