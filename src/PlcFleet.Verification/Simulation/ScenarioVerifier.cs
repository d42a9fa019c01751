using PlcFleet.Simulation.Scenarios;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Simulation;

/// <summary>
/// Runs every scenario test of the changed site on the scan-cycle simulator. Each failed expectation, invariant or
/// runtime fault is an error at its scenario file:line:column; a PROGRAM the simulator cannot compile is an error too,
/// because a scenario that did not run has not passed.
/// </summary>
public sealed class ScenarioVerifier : IVerifier
{
    public const string ScenarioFailed = "SIM001";
    public const string CouldNotSimulate = "SIM002";

    /// <summary>Said (as a note, which the agent does not see) when the code does not compile and the compile verifier already failed it.</summary>
    internal static readonly Finding NotRun = new("SIM000", FindingSeverity.Note, "", 0, 0, "not run: the code does not compile (see the compile verifier)");

    public string Name => "simulation";

    public int Order => VerifierOrder.Simulation;

    public bool IsActive(VerificationContext context) => context.HasFileEndingWith(".scenario.yaml", ".scenario.yml");

    public Task<VerifierResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var site = context.Workspace.Simulator;
        if (site is null)
        {
            return Task.FromResult(VerifierResult.Failed(Name, [new Finding(CouldNotSimulate, FindingSeverity.Error, "", 0, 0, $"could not simulate: {context.Workspace.SimulatorError}")]));
        }

        if (site.HasCompileErrors)
        {
            return Task.FromResult(VerifierResult.Passed(Name, [NotRun]));
        }

        var findings = new List<Finding>();
        foreach (var result in ScenarioSuite.Run([site], cancellationToken: cancellationToken).Suite.Results.Where(r => !r.Passed))
        {
            findings.AddRange(result.Failures.Select(failure => ToFinding(result, failure)));
        }

        return Task.FromResult(VerifierResult.FromFindings(Name, findings));
    }

    private static Finding ToFinding(ScenarioResult result, ScenarioFailure failure)
    {
        var (file, line, column) = ScenarioLocation.Parse(failure.Location);
        var rule = failure.Message.StartsWith("could not simulate", StringComparison.Ordinal) ? CouldNotSimulate : ScenarioFailed;
        var message = rule == CouldNotSimulate
            ? $"{failure.Message.ReplaceLineEndings(" ")} (scenario '{result.Scenario}')"
            : $"scenario '{result.Scenario}': {failure.Message.ReplaceLineEndings(" ")}{Seen(failure)}";
        var history = failure.History.Rows.Count > 0 ? failure.History.ToText("  ") : null;
        return new Finding(rule, FindingSeverity.Error, file, line, column, message, history);
    }

    // The runner's message usually names expected and actual already; say it only when it does not.
    private static string Seen(ScenarioFailure failure) =>
        failure.Expected is { } expected && failure.Actual is { } actual && !failure.Message.Contains(actual, StringComparison.Ordinal)
            ? $" (expected {expected}, got {actual})"
            : "";
}
