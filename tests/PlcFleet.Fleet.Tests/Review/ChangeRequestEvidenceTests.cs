using PlcFleet.Fleet.Review;

namespace PlcFleet.Fleet.Tests.Review;

public sealed class ChangeRequestEvidenceTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"safetyRelated":"no"}""")]
    public void Evidence_that_does_not_say_safety_related_false_is_treated_as_safety_related(string json) =>
        Assert.True(ChangeRequestEvidence.Parse(json).NeedsSafetyEngineer);

    [Fact]
    public void Snake_case_keys_and_finding_objects_are_read()
    {
        var evidence = ChangeRequestEvidence.Parse("""
            {"safety_related": false, "safety_findings": [{"rule":"SAFE003","location":"PRG_EStop.st:14","message":"E-stop reset without edge"}],
             "judge": {"verdict":"veto","reason":"touches the conveyor interlock"}}
            """);

        Assert.False(evidence.SafetyRelated);
        Assert.True(evidence.NeedsSafetyEngineer);
        Assert.Equal("SAFE003 PRG_EStop.st:14 E-stop reset without edge", Assert.Single(evidence.SafetyFindings));
        Assert.Equal("veto touches the conveyor interlock", evidence.JudgeVerdict);
    }

    [Theory]
    [InlineData("""{"requiredApprovals":2}""", 2)]
    [InlineData("""{"required_approvals":0}""", 1)]
    [InlineData("""{"parallel":4}""", 1)]
    [InlineData("broken", 1)]
    public void The_run_options_set_the_number_of_approvals_never_below_one(string options, int expected) =>
        Assert.Equal(expected, ReviewPolicy.FromRunOptions(options).RequiredApprovals);
}
