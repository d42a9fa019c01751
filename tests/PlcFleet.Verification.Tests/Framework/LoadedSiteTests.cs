using System.Collections.Concurrent;
using PlcFleet.Formats.Projects;
using PlcFleet.Verification.Equivalence;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Tests.Simulation;

namespace PlcFleet.Verification.Tests.Framework;

public sealed class LoadedSiteTests
{
    private static readonly EquivalenceBudget Quick = new() { TimePerProgram = TimeSpan.FromMinutes(2), RandomTraces = 4 };

    [Fact]
    public async Task One_verification_reads_the_workspace_once_and_the_baseline_once_for_all_five_verifiers()
    {
        using var site = new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program).With("tests/conveyor.scenario.yaml", ConveyorSite.Scenario);
        site.Change("src/PRG_Conveyor.st", ConveyorSite.AsEquation);
        var loads = new ConcurrentQueue<string>();
        void Count(object? sender, string root) => loads.Enqueue(root);

        PlcProjectLoader.ProjectLoaded += Count;
        VerificationReport report;
        try
        {
            report = await SiteVerifiers.Runner(equivalence: Quick).RunAsync(new VerificationContext(site.Workspace, site.Baseline, ChangeScope.Everything));
        }
        finally
        {
            PlcProjectLoader.ProjectLoaded -= Count;
        }

        Assert.Equal(["scope", "compile", "safety", "simulation", "equivalence"], report.Results.Select(r => r.VerifierName));
        Assert.Equal(VerificationOutcome.Passed, report.Outcome);
        Assert.Equal(1, loads.Count(root => root == Path.GetFullPath(site.Workspace)));
        Assert.Equal(1, loads.Count(root => root == Path.GetFullPath(site.Baseline)));
    }

    [Fact]
    public async Task A_second_run_on_the_same_context_reads_the_edited_workspace_again()
    {
        using var site = new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program).With("tests/conveyor.scenario.yaml", ConveyorSite.Scenario);
        var context = new VerificationContext(site.Workspace, site.Baseline);
        var runner = SiteVerifiers.Runner(equivalence: Quick);
        Assert.Equal(VerificationOutcome.Passed, (await runner.RunAsync(context)).Outcome);

        // The agent's next edit breaks the build: a run that reused the first load would still pass.
        site.Change("src/PRG_Conveyor.st", ConveyorSite.Program.Replace("END_PROGRAM", "Motor_K1 := ;\nEND_PROGRAM", StringComparison.Ordinal));
        var second = await runner.RunAsync(context);

        Assert.Equal(VerificationOutcome.Failed, second.Results.Single(r => r.VerifierName == "compile").Outcome);
    }
}
