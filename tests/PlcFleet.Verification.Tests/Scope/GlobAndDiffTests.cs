using PlcFleet.Verification.Scope;

namespace PlcFleet.Verification.Tests.Scope;

public sealed class GlobAndDiffTests
{
    [Theory]
    [InlineData("src/**/*.st", "src/Conveyor/FB_Conveyor.st", true)]
    [InlineData("src/**/*.st", "src/FB_Main.st", true)]
    [InlineData("src/**/*.st", "tests/FB_Main.st", false)]
    [InlineData("**/*.scenario.yaml", "tests/line2/estop.scenario.yaml", true)]
    [InlineData("**/*.scenario.yaml", "estop.scenario.yaml", true)]
    [InlineData("plcfleet.yaml", "plcfleet.yaml", true)]
    [InlineData("plcfleet.yaml", "sub/plcfleet.yaml", false)]
    [InlineData("src/*.scl", "src/Press/FC_Press.scl", false)]
    [InlineData("src/**", "SRC/Press/FC_Press.scl", true)]
    public void Glob_matching(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new GlobSet([pattern]).Matches(path));
    }

    [Fact]
    public void Empty_glob_set_matches_nothing()
    {
        Assert.False(new GlobSet([]).Matches("src/a.st"));
    }

    [Theory]
    [InlineData("a\nb\nc\n", "a\nb\nc\n", 0)]
    [InlineData("a\nb\nc\n", "a\nB\nc\n", 2)]
    [InlineData("a\nb\nc\n", "a\nb\nc\nd\n", 1)]
    [InlineData("a\nb\nc\n", "a\nc\n", 1)]
    public void Changed_lines_count_added_plus_removed(string before, string after, int expected)
    {
        Assert.Equal(expected, WorkspaceComparer.CountChangedLines(before, after));
    }

    [Fact]
    public void Obligations_ignore_order_of_keys_and_items()
    {
        var a = ScenarioObligations.Extract("steps:\n  - {at: 0ms, expect: {q: true, r: false}}\n  - {at: 1ms}\n")!;
        var b = ScenarioObligations.Extract("steps:\n  - at: 1ms\n  - expect: {r: false, q: true}\n    at: 0ms\n")!;
        Assert.Empty(ScenarioObligations.Removed(a, b));
    }

    [Fact]
    public void Obligations_detect_a_removed_step()
    {
        var a = ScenarioObligations.Extract("steps:\n  - {at: 0ms}\n  - {at: 1ms}\n")!;
        var b = ScenarioObligations.Extract("steps:\n  - {at: 0ms}\n")!;
        Assert.Single(ScenarioObligations.Removed(a, b));
    }

    [Fact]
    public void Obligations_detect_a_relaxed_tolerance_inside_an_expectation()
    {
        var a = ScenarioObligations.Extract("expect:\n  rSpeed: {value: 1.5, tolerance: 0.01}\n")!;
        var b = ScenarioObligations.Extract("expect:\n  rSpeed: {value: 1.5, tolerance: 0.5}\n")!;
        Assert.Single(ScenarioObligations.Removed(a, b));
    }

    [Fact]
    public void Adding_an_expectation_is_not_weakening()
    {
        var a = ScenarioObligations.Extract("invariants: [x]\n")!;
        var b = ScenarioObligations.Extract("invariants: [x, y]\n")!;
        Assert.Empty(ScenarioObligations.Removed(a, b));
    }

    [Fact]
    public void Invalid_yaml_gives_null()
    {
        Assert.Null(ScenarioObligations.Extract("steps: [ {at: 0ms\n"));
    }
}
