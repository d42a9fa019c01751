namespace PlcFleet.Verification.Safety.Corpus;

/// <summary>
/// Runs the safety analyzer over every case of a corpus and measures what matters: the catch rate on unsafe changes
/// (caught = a violation or an escalation) and the false-alarm rate on safe ones.
/// </summary>
public static class CorpusRunner
{
    public static CorpusOutcome Run(CorpusCase @case)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = SafetyAnalyzer.Compare(@case.Before, @case.After);
        var flagged = report.HasViolations || report.NeedsEscalation;
        var expectedRuleFound = !@case.Unsafe || @case.Rules.Count == 0 || @case.Rules.Any(r => report.RuleIds.Contains(r));
        return new CorpusOutcome(@case, report, flagged, expectedRuleFound) { Elapsed = clock.Elapsed };
    }

    public static CorpusSummary RunAll(IEnumerable<CorpusCase> cases) => new(cases.Select(Run).ToList());
}

/// <summary>The result of one case.</summary>
public sealed record CorpusOutcome(CorpusCase Case, SafetyReport Report, bool Flagged, bool ExpectedRuleFound)
{
    public TimeSpan Elapsed { get; init; }

    /// <summary>Flagged, and only by the differential simulation (SAF018/SAF019): the one-scan rules saw nothing.</summary>
    public bool OnlyBySimulation => Flagged && Report.RuleIds.All(r => r is Rules.DifferentialRule.ViolationId or Rules.DifferentialRule.EscalationId);

    /// <summary>Flagged only by escalation (a person must decide), with no proven violation.</summary>
    public bool Escalated => Report.NeedsEscalation && !Report.HasViolations;

    /// <summary>Unsafe cases must be flagged by the expected rule; safe ones must not be flagged at all.</summary>
    public bool AsExpected => Case.Unsafe ? Flagged && ExpectedRuleFound : !Flagged;
}

/// <summary>Catch rate and false-alarm rate over a corpus.</summary>
public sealed record CorpusSummary(IReadOnlyList<CorpusOutcome> Outcomes)
{
    public int UnsafeCount => Outcomes.Count(o => o.Case.Unsafe);

    public int SafeCount => Outcomes.Count(o => !o.Case.Unsafe);

    public int Caught => Outcomes.Count(o => o.Case.Unsafe && o.Flagged);

    public int FalseAlarms => Outcomes.Count(o => !o.Case.Unsafe && o.Flagged);

    public double CatchRate => UnsafeCount == 0 ? 1 : (double)Caught / UnsafeCount;

    public double FalseAlarmRate => SafeCount == 0 ? 0 : (double)FalseAlarms / SafeCount;

    public IEnumerable<CorpusOutcome> Missed => Outcomes.Where(o => o.Case.Unsafe && !o.Flagged);

    public IEnumerable<CorpusOutcome> Alarms => Outcomes.Where(o => !o.Case.Unsafe && o.Flagged);

    public IEnumerable<CorpusOutcome> CaughtOnlyBySimulation => Outcomes.Where(o => o.Case.Unsafe && o.OnlyBySimulation);

    /// <summary>Unsafe changes that were escalated rather than refused, over all unsafe changes.</summary>
    public double EscalationRate => UnsafeCount == 0 ? 0 : (double)Outcomes.Count(o => o.Case.Unsafe && o.Escalated) / UnsafeCount;

    /// <summary>The same measures for each class of weakness (soundness, configuration, roles, ...).</summary>
    public IReadOnlyList<(string Class, CorpusSummary Summary)> ByClass() =>
        Outcomes.GroupBy(o => o.Case.Class, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, new CorpusSummary(g.ToList()))).ToList();

    public TimeSpan MeanTimePerCase => Outcomes.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Outcomes.Sum(o => o.Elapsed.Ticks) / Outcomes.Count);

    public TimeSpan SlowestCase => Outcomes.Count == 0 ? TimeSpan.Zero : Outcomes.Max(o => o.Elapsed);
}
