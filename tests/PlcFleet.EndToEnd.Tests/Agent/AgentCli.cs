using PlcFleet.TestSupport.Cli;
using PlcFleet.TestSupport.Llm;

namespace PlcFleet.EndToEnd.Tests.Agent;

/// <summary>Runs <c>plcfleet agent run</c> against a fake LLM server, the key handed over in an environment variable.</summary>
internal static class AgentCli
{
    public const string KeyVariable = "PLCFLEET_E2E_API_KEY";
    public const string Key = "sk-e2e-DO-NOT-PRINT-4f9a2c7e1b";

    static AgentCli()
    {
        // The child process inherits it; the value is the same for every test, so parallel tests cannot disagree.
        Environment.SetEnvironmentVariable(KeyVariable, Key);
    }

    public static CliResult Run(LyonSiteRepository site, FakeLlmServer server, bool anthropic = false)
    {
        return CliRunner.Run(site.FolderPath,
            "agent", "run",
            "--migration", site.MigrationFile,
            "--repo", site.Root,
            "--work", site.WorkFolder,
            "--provider", anthropic ? "anthropic" : "openai",
            "--model", anthropic ? "claude-sonnet-4-5" : "qwen2.5-coder-32b",
            "--base-url", anthropic ? server.BaseUrl : server.OpenAIBaseUrl,
            "--api-key-env", KeyVariable);
    }

    public static string TranscriptPath(CliResult result)
    {
        var line = result.StdOut.Split('\n').Single(l => l.StartsWith("transcript: ", StringComparison.Ordinal));
        return line["transcript: ".Length..].Trim();
    }

    public static object Edit(string search, string replace, string path = LyonSiteRepository.MainProgram) => new { path, search, replace };

    public static string Approve(string reason = "only the guard evaluation was replaced, as asked") =>
        $$"""{"decision":"approve","reasons":["{{reason}}"],"outOfScopeHunks":[],"safetyElementsChangedUnasked":false,"certifiedModulesTouched":false,"timingsChanged":false,"forcingOrBypassAdded":false}""";

    public static string Reject(string reason, string hunk) =>
        $$"""{"decision":"reject","reasons":["{{reason}}"],"outOfScopeHunks":["{{hunk}}"],"safetyElementsChangedUnasked":false,"certifiedModulesTouched":false,"timingsChanged":true,"forcingOrBypassAdded":false}""";
}
