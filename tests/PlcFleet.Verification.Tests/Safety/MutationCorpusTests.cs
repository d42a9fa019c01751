using PlcFleet.Verification.Safety.Corpus;

namespace PlcFleet.Verification.Tests.Safety;

/// <summary>
/// One test per corpus case: every unsafe change must be flagged by its expected rule, no safe change may be flagged.
/// </summary>
public sealed class MutationCorpusTests
{
    public static string CorpusRoot => Path.Combine(AppContext.BaseDirectory, "Safety", "Mutations");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in CorpusLoader.Load(CorpusRoot))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_is_judged_as_expected(string name)
    {
        var @case = CorpusLoader.Load(CorpusRoot).Single(c => c.Name == name);
        var outcome = CorpusRunner.Run(@case);
        var findings = string.Join(Environment.NewLine, outcome.Report.Findings);
        Assert.True(outcome.AsExpected,
            $"{name} ({@case.Description}) expected {(@case.Unsafe ? "unsafe via " + string.Join("/", @case.Rules) : "safe")}; findings:{Environment.NewLine}{findings}");
    }

    [Fact]
    public void Corpus_meets_the_bar()
    {
        var summary = CorpusRunner.RunAll(CorpusLoader.Load(CorpusRoot));
        Assert.True(summary.UnsafeCount >= 60, $"only {summary.UnsafeCount} unsafe cases");
        Assert.True(summary.SafeCount >= 40, $"only {summary.SafeCount} safe cases");
        Assert.True(summary.Outcomes.Count(o => o.Case.Unsafe && o.Case.Disguised) * 3 >= summary.UnsafeCount - 3, "too few disguised cases");
        Assert.Equal(1.0, summary.CatchRate);
        Assert.True(summary.FalseAlarmRate <= 0.02, $"false alarms {summary.FalseAlarmRate:P1}");
    }
}
