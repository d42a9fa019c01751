using System.Globalization;
using System.Text.Json;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Store.Records;
using Spectre.Console;

namespace PlcFleet.Cli.Commands.ChangeRequests;

/// <summary>
/// A change request as a safety engineer reads it: what, where and from which prompt, the diff (coloured on a
/// terminal), the verification summary, safety findings, the judge's verdict, and the session's cost.
/// </summary>
public static class ChangeRequestView
{
    public static void Write(ChangeRequestRecord cr, TextWriter output, bool colour)
    {
        var evidence = ChangeRequestEvidence.Read(cr.EvidenceJson);
        output.WriteLine($"{ChangeRequestName.Of(cr.Id)}  {cr.SiteId}  {cr.MigrationId}{(evidence.MigrationVersion == 0 ? "" : $" v{evidence.MigrationVersion}")}  [{Yaml(cr.State)}]");
        output.WriteLine($"  {evidence.MigrationTitle}{(evidence.NeedsSafetyEngineer ? "  (safety-related: needs a safety engineer's approval)" : "")}");
        output.WriteLine($"  branch {cr.Branch}  commit {cr.CommitSha[..Math.Min(12, cr.CommitSha.Length)]}{(evidence.BaseCommit.Length == 0 ? "" : $"  from {evidence.BaseCommit[..Math.Min(12, evidence.BaseCommit.Length)]}")}  run {cr.RunId}");
        output.WriteLine($"  created {cr.CreatedUtc.ToLocalTime():yyyy-MM-dd HH:mm:ss}");
        output.WriteLine();
        output.WriteLine("Diff");
        WriteDiff(cr.Diff, output, colour);
        output.WriteLine();
        if (evidence.StDiff.Length > 0)
        {
            // Vendor files (TcPOU, L5X, ...): the ST the change touches, per object, numbered in the vendor file's lines.
            output.WriteLine("ST changes (per object, lines of the vendor file)");
            WriteDiff(evidence.StDiff, output, colour);
            output.WriteLine();
        }

        output.WriteLine($"Verification: {(evidence.VerificationOutcome.Length == 0 ? "not recorded" : evidence.VerificationOutcome)}");
        foreach (var line in VerifierLines(evidence.Verification))
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine(evidence.SafetyFindings.Count == 0 ? "Safety findings: none" : "Safety findings:");
        foreach (var finding in evidence.SafetyFindings)
        {
            output.WriteLine("  " + finding);
        }

        output.WriteLine(evidence.JudgeDecision is null ? "Judge: off (no LLM configured)" : $"Judge: {evidence.JudgeVerdict}");
        output.WriteLine($"Agent: {evidence.Agent}, {evidence.Attempts} attempt(s), {evidence.InputTokens} input + {evidence.OutputTokens} output tokens, cost {evidence.EstimatedCost.ToString("0.0000", CultureInfo.InvariantCulture)}");
        output.WriteLine($"Time: agent {evidence.AgentMs:0} ms, verification {evidence.VerificationMs:0} ms, site total {evidence.TotalMs:0} ms");
        output.WriteLine($"Transcript: {evidence.TranscriptPath ?? "none"}");
    }

    public static void WriteDiff(string diff, TextWriter output, bool colour)
    {
        foreach (var line in diff.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            if (!colour)
            {
                output.WriteLine("  " + line);
                continue;
            }

            var style = line switch
            {
                _ when line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) => "bold",
                _ when line.StartsWith("diff ", StringComparison.Ordinal) || line.StartsWith("index ", StringComparison.Ordinal) => "grey",
                _ when line.StartsWith('+') => "green",
                _ when line.StartsWith('-') => "red",
                _ when line.StartsWith("@@", StringComparison.Ordinal) => "cyan",
                _ => "default",
            };
            AnsiConsole.MarkupLine($"  [{style}]{Markup.Escape(line)}[/]");
        }
    }

    private static IEnumerable<string> VerifierLines(JsonElement? report)
    {
        if (report is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty("verifiers", out var verifiers))
        {
            yield break;
        }

        foreach (var verifier in verifiers.EnumerateArray())
        {
            var findings = verifier.TryGetProperty("findings", out var list) ? list.GetArrayLength() : 0;
            yield return $"{verifier.GetProperty("name").GetString(),-12} {verifier.GetProperty("outcome").GetString(),-9} {findings} finding(s)  {verifier.GetProperty("durationMs").GetDouble():0} ms";
        }
    }

    private static string Yaml(ChangeRequestState state) => ChangeRequestName.Of(state);
}
