using System.Text.Json;
using PlcFleet.Agents.Tools;
using PlcFleet.Formats.Workspaces;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Transcripts;

/// <summary>
/// Re-applies a transcript's successful <c>edit_file</c> calls to a fresh copy of the site's code and runs the
/// verifiers again, without an LLM: evidence that the recorded change is the one that was verified.
/// </summary>
public static class TranscriptReplayer
{
    public static async Task<ReplayResult> ReplayAsync(
        string transcriptPath,
        string baselineRoot,
        string freshWorkspaceRoot,
        VerificationRunner runner,
        ChangeScope? scope = null,
        CancellationToken cancellationToken = default)
    {
        new WorkspaceRoot(baselineRoot).CopyTo(freshWorkspaceRoot);
        var events = TranscriptReader.Read(transcriptPath);
        var calls = events.Where(e => e.Type == TranscriptEventType.ToolCall && e.CallId is not null)
            .GroupBy(e => e.CallId!)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

        var guard = new WorkspaceGuard(freshWorkspaceRoot, (scope ?? ChangeScope.Everything).ReadOnly);
        var editor = new EditFileTool(guard);
        var failed = new List<string>();
        foreach (var result in events.Where(e => e.Type == TranscriptEventType.ToolResult && e.Tool == EditFileTool.Name && e.IsError != true))
        {
            if (result.CallId is null || !calls.TryGetValue(result.CallId, out var call) || call.Arguments is not { } args)
            {
                continue;
            }

            var answer = editor.Run(Get(args, "path"), Get(args, "search"), Get(args, "replace"));
            if (ToolText.IsError(answer))
            {
                failed.Add(answer);
            }
        }

        var context = new VerificationContext(freshWorkspaceRoot, baselineRoot, scope);
        var report = await runner.RunAsync(context, cancellationToken).ConfigureAwait(false);
        return new ReplayResult(editor.Applied.Count, failed, report);
    }

    private static string Get(JsonElement args, string name) =>
        args.ValueKind == JsonValueKind.Object && args.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";
}
