using System.Collections.Concurrent;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Tests.Runs;

/// <summary>
/// A test agent that makes a fixed text edit in src/PRG_Main.st and then lets the real verifiers decide, like the
/// rewrite agent does. Per site it can instead throw (a crashed agent) or make a change that does not compile.
/// </summary>
public sealed class ScriptedSiteAgent : ISiteAgent
{
    public const string Before = """
        IF Guard_Ch1 AND Guard_Ch2 THEN
            Guard_OK := TRUE;
        ELSE
            Guard_OK := FALSE;
        END_IF;
        """;

    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public HashSet<string> Crashing { get; init; } = [];

    public HashSet<string> Broken { get; init; } = [];

    /// <summary>Sites where the agent plants a nested git repository after verification passed (vendor/lib/.git).</summary>
    public HashSet<string> Smuggling { get; init; } = [];

    public string Name => "scripted";

    public async Task<SessionResult> RunAsync(SessionRequest request, Migration migration, CancellationToken cancellationToken)
    {
        var site = request.Prompt.SiteFacts.Split('\n')[0].Replace("- site: ", "", StringComparison.Ordinal).Split(' ')[0];
        Calls.AddOrUpdate(site, 1, (_, n) => n + 1);
        if (Crashing.Contains(site))
        {
            throw new InvalidOperationException($"agent process for {site} crashed");
        }

        using var baseline = WorkspaceSnapshot.Take(request.WorkspaceRoot);
        var file = Path.Combine(request.WorkspaceRoot, "src", "PRG_Main.st");
        var text = await File.ReadAllTextAsync(file, cancellationToken);
        var after = Broken.Contains(site) ? "Guard_OK := Guard_Ch1 AND ;" : "Guard_OK := Guard_Ch1 AND Guard_Ch2;";
        if (!text.Contains(Before, StringComparison.Ordinal))
        {
            return new SessionResult { Outcome = SessionOutcome.NoChangeNeeded, Message = "no guard IF block" };
        }

        await File.WriteAllTextAsync(file, text.Replace(Before, after, StringComparison.Ordinal), cancellationToken);
        var report = await request.Runner.RunAsync(new VerificationContext(request.WorkspaceRoot, baseline.Root, request.Scope, request.Prompt.Migration), cancellationToken);
        if (Smuggling.Contains(site))
        {
            var nested = new PlcFleet.Fleet.Git.GitRepository(Directory.CreateDirectory(Path.Combine(request.WorkspaceRoot, "vendor", "lib")).FullName);
            await File.WriteAllTextAsync(Path.Combine(nested.Root, "FB_Helper.st"), "FUNCTION_BLOCK FB_Helper\nEND_FUNCTION_BLOCK\n", cancellationToken);
            PlcFleet.Fleet.Git.GitRepository.Init(nested.Root);
        }

        return new SessionResult
        {
            Outcome = report.Passed ? SessionOutcome.ChangedAndVerified : SessionOutcome.FailedVerification,
            LastReport = report,
            FailedVerifiers = report.NotPassed.Select(r => r.VerifierName).ToList(),
            Attempts = 1,
        };
    }
}
