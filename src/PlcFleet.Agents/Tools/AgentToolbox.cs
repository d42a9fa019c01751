using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Tools;

/// <summary>
/// The agent's only four tools as <see cref="AIFunction"/>s. Nothing here runs a shell, reaches the network or touches git.
/// </summary>
public sealed class AgentToolbox
{
    private readonly Dictionary<string, AIFunction> functions;

    public AgentToolbox(VerificationContext context, VerificationRunner runner)
    {
        Guard = new WorkspaceGuard(context.WorkspaceRoot, (context.Scope ?? ChangeScope.Everything).ReadOnly);
        Reader = new ReadFileTool(Guard);
        Searcher = new SearchTool(Guard);
        Editor = new EditFileTool(Guard);
        Verifier = new VerifyTool(runner, context);

        AIFunction[] all =
        [
            AIFunctionFactory.Create(
                ([Description("Workspace-relative path, e.g. src/POUs/FB_Conveyor.st")] string path,
                 [Description("First line to show (1-based)")] int? start_line = null,
                 [Description("Last line to show (1-based)")] int? end_line = null) => Reader.Run(path, start_line, end_line),
                ReadFileTool.Name, ReadFileTool.Description),
            AIFunctionFactory.Create(
                ([Description(".NET regular expression, case-insensitive")] string regex,
                 [Description("Optional glob to limit the files, e.g. src/**/*.st")] string? path_glob = null) => Searcher.Run(regex, path_glob),
                SearchTool.Name, SearchTool.Description),
            AIFunctionFactory.Create(
                ([Description("Workspace-relative path of the file to change")] string path,
                 [Description("Exact text to find (unique in the file); empty to create a new file")] string search,
                 [Description("Text to put in its place")] string replace) => Editor.Run(path, search, replace),
                EditFileTool.Name, EditFileTool.Description),
            AIFunctionFactory.Create(
                (CancellationToken cancellationToken) => Verifier.RunAsync(cancellationToken),
                VerifyTool.Name, VerifyTool.Description),
        ];
        functions = all.ToDictionary(f => f.Name, StringComparer.Ordinal);
        Tools = all;
    }

    public IReadOnlyList<AITool> Tools { get; }

    public WorkspaceGuard Guard { get; }

    public ReadFileTool Reader { get; }

    public SearchTool Searcher { get; }

    public EditFileTool Editor { get; }

    public VerifyTool Verifier { get; }

    /// <summary>
    /// Runs one tool call. Every failure (unknown tool, unreadable arguments, missing parameter) becomes an
    /// <c>error:</c> answer for the model, so the session goes on and the model can correct itself.
    /// </summary>
    public async Task<string> InvokeAsync(FunctionCallContent call, CancellationToken cancellationToken)
    {
        if (call.Exception is not null)
        {
            return ToolText.Error($"the arguments of {call.Name} were not valid JSON ({call.Exception.Message}); send a JSON object such as {{\"path\": \"src/Main.st\"}}");
        }

        if (!functions.TryGetValue(call.Name, out var function))
        {
            return ToolText.Error($"unknown tool '{call.Name}'; the tools are {string.Join(", ", functions.Keys)}");
        }

        try
        {
            var result = await function.InvokeAsync(new AIFunctionArguments(call.Arguments), cancellationToken).ConfigureAwait(false);
            return result switch
            {
                string s => s,
                JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
                null => "",
                _ => result.ToString() ?? "",
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is ArgumentException or JsonException or InvalidOperationException or NotSupportedException)
        {
            return ToolText.Error($"could not call {call.Name}: {ex.Message}");
        }
    }
}
