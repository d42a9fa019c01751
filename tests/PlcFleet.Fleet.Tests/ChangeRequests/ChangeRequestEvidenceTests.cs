using System.Text.Json;
using PlcFleet.Fleet.ChangeRequests;

namespace PlcFleet.Fleet.Tests.ChangeRequests;

public sealed class ChangeRequestEvidenceTests
{
    private static readonly JsonElement PassedReport = JsonDocument.Parse("""
        {"outcome":"passed","durationMs":41.5,"verifiers":[
          {"name":"compile","outcome":"passed","durationMs":12.0,"findings":[]},
          {"name":"safety","outcome":"passed","durationMs":20.1,"findings":[{"ruleId":"SAF004","severity":"warning","message":"guard input read through a monitor block"}]},
          {"name":"simulation","outcome":"passed","durationMs":9.4,"findings":[]}]}
        """).RootElement.Clone();

    private static ChangeRequestEvidence Written() => new()
    {
        MigrationVersion = 2,
        ContentHash = "a054a49c",
        MigrationTitle = "Replace hand-written guard door logic with SAFETY_GUARD_MONITOR",
        SafetyRelated = false,
        BaseCommit = "240e6923c5aa",
        Agent = "llm:qwen2.5-coder-32b",
        Verification = PassedReport,
        VerificationOutcome = "Passed",
        JudgeDecision = "approve",
        JudgeReasons = ["only the guard evaluation was replaced", "timers unchanged"],
        Debrief = "Name the monitor instance in the prompt.",
    };

    [Fact]
    public void Evidence_written_by_a_run_reads_back_with_its_verification_summary_and_judge_verdict()
    {
        var read = ChangeRequestEvidence.Read(Written().ToJson());

        Assert.Equal(ChangeRequestEvidence.CurrentVersion, read.EvidenceVersion);
        Assert.Equal("Passed: compile passed, safety passed (1 finding), simulation passed", read.VerificationSummary);
        Assert.Equal("approve: only the guard evaluation was replaced; timers unchanged", read.JudgeVerdict);
        Assert.Equal("Name the monitor instance in the prompt.", read.Debrief);
        Assert.False(read.NeedsSafetyEngineer);
    }

    [Fact]
    public void Version_1_evidence_without_a_version_number_is_upgraded_as_written()
    {
        var json = Written().ToJson().Replace($"\"evidence_version\": {ChangeRequestEvidence.CurrentVersion},", "", StringComparison.Ordinal);
        Assert.DoesNotContain("evidence_version", json, StringComparison.Ordinal);

        var read = ChangeRequestEvidence.Read(json);

        Assert.Equal(Written().VerificationSummary, read.VerificationSummary);
        Assert.Equal(Written().JudgeVerdict, read.JudgeVerdict);
        Assert.Equal("llm:qwen2.5-coder-32b", read.Agent);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"safetyRelated":"no"}""")]
    [InlineData("""{"evidence_version":2,"safety_related":"no"}""")]
    public void Evidence_that_does_not_say_safety_related_false_is_treated_as_safety_related(string json) =>
        Assert.True(ChangeRequestEvidence.Read(json).NeedsSafetyEngineer);

    [Fact]
    public void Hand_written_evidence_with_snake_case_keys_and_finding_objects_is_upgraded()
    {
        var evidence = ChangeRequestEvidence.Read("""
            {"safety_related": false, "safety_findings": [{"rule":"SAFE003","location":"PRG_EStop.st:14","message":"E-stop reset without edge"}],
             "verificationSummary": "compile passed, 3 scenarios passed",
             "judge": {"verdict":"veto","reason":"touches the conveyor interlock"}, "author": "tomas"}
            """);

        Assert.False(evidence.SafetyRelated);
        Assert.True(evidence.NeedsSafetyEngineer);
        Assert.Equal("SAFE003 PRG_EStop.st:14 E-stop reset without edge", Assert.Single(evidence.SafetyFindings));
        Assert.Equal("compile passed, 3 scenarios passed", evidence.VerificationSummary);
        Assert.Equal("veto: touches the conveyor interlock", evidence.JudgeVerdict);
        Assert.Equal("tomas", evidence.Author);
    }
}
