using PlcFleet.Fleet.Inventory;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>One comparison such as <c>&gt;= 3.5</c>; a bare version means equality.</summary>
public sealed record VersionConstraint(VersionComparison Comparison, FirmwareVersion Version)
{
    private static readonly (string Symbol, VersionComparison Comparison)[] Operators =
    [
        (">=", VersionComparison.GreaterOrEqual),
        ("<=", VersionComparison.LessOrEqual),
        ("!=", VersionComparison.NotEqual),
        ("==", VersionComparison.Equal),
        (">", VersionComparison.Greater),
        ("<", VersionComparison.Less),
        ("=", VersionComparison.Equal),
    ];

    public string Symbol => Operators.First(o => o.Comparison == Comparison && o.Symbol != "==").Symbol;

    /// <summary>Parses <c>&gt;= 3.5, &lt; 4</c> into its comparisons (all must hold).</summary>
    public static bool TryParseAll(string text, out IReadOnlyList<VersionConstraint> constraints, out string error)
    {
        var list = new List<VersionConstraint>();
        constraints = list;
        error = string.Empty;
        foreach (var piece in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (symbol, comparison) = Operators.FirstOrDefault(o => piece.StartsWith(o.Symbol, StringComparison.Ordinal));
            var versionText = symbol is null ? piece : piece[symbol.Length..];
            if (!FirmwareVersion.TryParse(versionText, out var version))
            {
                error = $"'{piece}' is not a version comparison; write e.g. \">= 3.5\", \"< 4\" or \"= 3.5.17\"";
                return false;
            }

            list.Add(new VersionConstraint(symbol is null ? VersionComparison.Equal : comparison, version));
        }

        if (list.Count == 0)
        {
            error = "empty version comparison; write e.g. \">= 3.5\"";
            return false;
        }

        return true;
    }

    public bool IsSatisfiedBy(FirmwareVersion actual)
    {
        var order = actual.CompareTo(Version);
        return Comparison switch
        {
            VersionComparison.Equal => order == 0,
            VersionComparison.NotEqual => order != 0,
            VersionComparison.Less => order < 0,
            VersionComparison.LessOrEqual => order <= 0,
            VersionComparison.Greater => order > 0,
            _ => order >= 0,
        };
    }

    public override string ToString() => $"{Symbol} {Version}";
}
