using Microsoft.Extensions.FileSystemGlobbing;

namespace PlcFleet.Verification.Scope;

/// <summary>A set of workspace-relative globs (<c>**</c>, <c>*</c>), matched case-insensitively as on Windows PLC IDEs.</summary>
public sealed class GlobSet
{
    private readonly Matcher matcher = new(StringComparison.OrdinalIgnoreCase);

    public GlobSet(IEnumerable<string> includes, IEnumerable<string>? excludes = null)
    {
        Patterns = includes.ToList();
        matcher.AddIncludePatterns(Patterns);
        if (excludes is not null)
        {
            matcher.AddExcludePatterns(excludes);
        }
    }

    public IReadOnlyList<string> Patterns { get; }

    public bool IsEmpty => Patterns.Count == 0;

    public bool Matches(string relativePath) => !IsEmpty && matcher.Match(relativePath.Replace('\\', '/')).HasMatches;
}
