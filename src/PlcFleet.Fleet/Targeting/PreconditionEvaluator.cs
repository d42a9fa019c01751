using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations.Preconditions;
using Dialect = PlcFleet.StructuredText.Syntax.Dialect;
using PlcFleet.Formats.Workspaces;

namespace PlcFleet.Fleet.Targeting;

/// <summary>
/// Checks one site against a migration's preconditions. Every precondition is evaluated (no short cut) so a
/// plan explains all reasons at once; code is read only when a precondition needs it.
/// </summary>
public sealed class PreconditionEvaluator(Site site, SiteCode? code)
{
    /// <summary>The <c>code_contains</c> patterns of the migration being evaluated (set by the planner).</summary>
    public IReadOnlyList<Regex> AffectingPatterns { get; init; } = [];

    public IReadOnlyList<PreconditionResult> EvaluateAll(IReadOnlyList<Precondition> preconditions) =>
        preconditions.Select(Evaluate).ToList();

    public PreconditionResult Evaluate(Precondition precondition) => precondition switch
    {
        DialectPrecondition p => Membership(p, p.Dialects.Contains(site.Dialect), $"dialect is {Name(site.Dialect)}"),
        VendorPrecondition p => Membership(p, p.Vendors.Contains(site.Vendor), $"vendor is {Name(site.Vendor)}"),
        LineStatusPrecondition p => Membership(p, p.Statuses.Contains(site.LineStatus), $"line is {Name(site.LineStatus)}"),
        FirmwarePrecondition p => Firmware(p),
        TagsPrecondition p => Tags(p),
        CodePrecondition p => Code(p),
        NotCertifiedPrecondition p => NotCertified(p, [.. AffectedFiles()]),
        _ => new PreconditionResult(precondition, false, $"unknown precondition kind '{precondition.Kind}'"),
    };

    private static string Name<T>(T value)
        where T : struct, Enum => Yaml.YamlEnum.ToYamlName(value);

    private static PreconditionResult Membership(Precondition p, bool passed, string evidence) => new(p, passed, evidence);

    private PreconditionResult Firmware(FirmwarePrecondition p)
    {
        if (site.Firmware is null)
        {
            return new PreconditionResult(p, false, "firmware unknown (no 'firmware' in fleet.yaml)");
        }

        var failed = p.Constraints.Where(c => !c.IsSatisfiedBy(site.Firmware)).ToList();
        return failed.Count == 0
            ? new PreconditionResult(p, true, $"firmware is {site.Firmware}")
            : new PreconditionResult(p, false, $"firmware is {site.Firmware}, needs {string.Join(", ", failed)}");
    }

    private PreconditionResult Tags(TagsPrecondition p)
    {
        var present = p.Tags.Where(site.HasTag).ToList();
        var missing = p.Tags.Except(present, StringComparer.OrdinalIgnoreCase).ToList();
        var passed = p.RequireAll ? missing.Count == 0 : present.Count > 0;
        var tags = site.Tags.Count == 0 ? "site has no tags" : $"site tags: {string.Join(", ", site.Tags)}";
        return new PreconditionResult(p, passed, passed || !p.RequireAll ? tags : $"{tags}; missing: {string.Join(", ", missing)}");
    }

    private PreconditionResult Code(CodePrecondition p)
    {
        if (code is null)
        {
            return new PreconditionResult(p, false, "site code not available");
        }

        CodeMatch? match;
        try
        {
            match = code.FindFirst(p.Pattern);
        }
        catch (RegexMatchTimeoutException)
        {
            return new PreconditionResult(p, false, "pattern took too long on this site's code; simplify the regular expression");
        }

        if (match is null)
        {
            var searched = $"no match in {code.Files.Count} PLC file{(code.Files.Count == 1 ? string.Empty : "s")}";
            return new PreconditionResult(p, !p.MustContain, searched);
        }

        return new PreconditionResult(p, p.MustContain, $"found at {match}: {match.LineText}");
    }

    // The files the change would touch: those the code_contains patterns point at, or all PLC files without one.
    private IEnumerable<string> AffectedFiles()
    {
        if (code is null)
        {
            return [];
        }

        return AffectingPatterns is { Count: > 0 } patterns
            ? patterns.SelectMany(SafeFindAll).Select(m => m.File).Distinct(StringComparer.Ordinal)
            : code.Files.Select(f => f.Path);
    }

    private IEnumerable<CodeMatch> SafeFindAll(Regex pattern)
    {
        try
        {
            return code!.FindAll(pattern).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            // Without knowing which files match, treat every file as affected: the cautious reading.
            return code!.Files.Select(f => new CodeMatch(f.Path, 1, 1, string.Empty));
        }
    }

    private PreconditionResult NotCertified(NotCertifiedPrecondition p, List<string> affected)
    {
        if (code is null)
        {
            return new PreconditionResult(p, false, "site code not available");
        }

        var certified = affected.Select(site.FindCertifiedFile).OfType<CertifiedFile>().ToList();
        if (certified.Count == 0)
        {
            return new PreconditionResult(p, true, $"no certified file among {affected.Count} affected file{(affected.Count == 1 ? string.Empty : "s")}");
        }

        var first = certified[0];
        var note = ChecksumMatches(first) ? "certified" : "certified, and its checksum no longer matches fleet.yaml";
        var more = certified.Count > 1 ? $" (and {certified.Count - 1} more)" : string.Empty;
        return new PreconditionResult(p, false, $"{first.Path} is {note}{more}");
    }

    private bool ChecksumMatches(CertifiedFile file)
    {
        var read = new WorkspaceRoot(code!.Root).ReadBytes(file.Path);
        return read.IsRead && Convert.ToHexStringLower(SHA256.HashData(read.Bytes!)) == file.Sha256;
    }
}
