using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Rules;

namespace PlcFleet.Verification.Safety;

/// <summary>
/// Compares two versions of a site and reports every way the change could make the machine less safe.
/// The old version's configuration defines what is safety-related: a change cannot unmark its own safety code.
/// </summary>
public static class SafetyAnalyzer
{
    public static IReadOnlyList<ISafetyRule> Rules { get; } =
    [
        new CertifiedCodeRule(),
        new SignatureRule(),
        new ForcedSignalRule(),
        new ConstantShortRule(),
        new BypassConditionRule(),
        new PresetRule(),
        new OutputWriterRule(),
        new HazardousConstructRule(),
        new ChannelWiringRule(),
        new RedundancyCheckRule(),
        new RestartRule(),
        new UntrustedSourceRule(),
        new SuppressionRule(),
        new IoRemapRule(),
        new UnreadInputRule(),
        new CommentedOutRule(),
        new UnresolvedWriteRule(),
        new CrossScanRule(),
        new TaskRule(),
        new RetainedStateRule(),
        new ExposureRule(),
        new DifferentialRule(),
    ];

    public static SafetyReport Compare(string beforeRoot, string afterRoot, SafetyOptions? options = null)
    {
        var (before, after) = SiteAnalysis.LoadBoth(beforeRoot, afterRoot);
        return Compare(before, after, options);
    }

    /// <summary>Compares two versions already analysed (the verifier's <see cref="LoadedSite"/>s), so neither is read again.</summary>
    public static SafetyReport Compare(SiteAnalysis before, SiteAnalysis after, SafetyOptions? options = null)
    {
        var comparison = new SafetyComparison(before, after, options ?? SafetyOptions.Default);
        var findings = new List<SafetyFinding>();
        findings.AddRange(after.ConfigProblems.Select(p => new SafetyFinding("SAF000", FindingSeverity.Error, p.Location, p.Message,
            "The safety section of plcfleet.yaml must be readable: a misspelt key would silently switch a safety marking off.")));
        foreach (var rule in Rules)
        {
            findings.AddRange(rule.Check(comparison));
        }

        // A concrete counterexample (SAF018) settles an output the cross-scan proof could only escalate (SAF024).
        var refuted = findings.Where(f => f.RuleId == DifferentialRule.ViolationId && f.Subject is not null).Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        findings.RemoveAll(f => f.RuleId == CrossScanRule.RuleId && f.Subject is not null && refuted.Contains(f.Subject));
        return new SafetyReport(findings.Select(f => ChangeCause.Locate(comparison, f)).DistinctBy(f => (f.RuleId, f.Location, f.Message)).OrderBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList());
    }
}
