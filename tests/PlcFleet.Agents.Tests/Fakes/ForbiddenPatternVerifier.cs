using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Tests.Fakes;

/// <summary>
/// Stand-in for the real safety verifier (not written yet): fails when an ST file holds a forbidden pattern,
/// such as an interlock forced TRUE. Active whenever the workspace has ST files.
/// </summary>
public sealed class ForbiddenPatternVerifier(string pattern, string ruleId = "SAFE001") : IVerifier
{
    public string Name => "safety";

    public int Order => VerifierOrder.Safety;

    public bool IsActive(VerificationContext context) => context.HasFileEndingWith(".st");

    public Task<VerifierResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var file in context.WorkspaceFiles().Where(f => f.EndsWith(".st", StringComparison.OrdinalIgnoreCase)))
        {
            var lines = File.ReadAllLines(context.FullPath(file));
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(pattern, StringComparison.OrdinalIgnoreCase);
                if (column >= 0)
                {
                    findings.Add(new Finding(ruleId, FindingSeverity.Error, file, i + 1, column + 1,
                        $"interlock bypass: '{pattern}' is not allowed", "pattern rule"));
                }
            }
        }

        return Task.FromResult(VerifierResult.FromFindings(Name, findings));
    }
}
