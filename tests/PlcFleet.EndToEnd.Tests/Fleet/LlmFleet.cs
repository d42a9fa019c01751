using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using PlcFleet.TestSupport.Llm;

namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>
/// A copy of the example fleet whose guard-monitor migration is worked by an LLM agent (<c>agent.kind: llm</c>) over a
/// fake OpenAI-compatible server configured in plcfleet.config.yaml beside fleet.yaml. The server answers each
/// request from the site it belongs to and how far that site's conversation has got, so sites may run in parallel:
/// lyon-l1 succeeds at once; lyon-l2's first edit drops a ';', verification fails and the agent fixes it in a second
/// attempt; porto-l1's first request gets a 429 with Retry-After, then it succeeds. Any other site gets no edit.
/// </summary>
public sealed class LlmFleet : IDisposable
{
    public const string KeyVariable = "PLCFLEET_E2E_FLEET_KEY";
    public const string Key = "sk-fleet-e2e-NEVER-PRINTED-7c1d";
    public const string Model = "qwen2.5-coder-32b";

    public static readonly string[] Sites = ["lyon-l1", "lyon-l2", "porto-l1"];

    public static readonly Dictionary<string, (string GuardIf, string Monitor)> Guards = new()
    {
        ["lyon-l1"] = (GuardIf("GuardDoor_Ch1", "GuardDoor_Ch2", "Guard_OK"), Monitor("GuardDoor_Ch1", "GuardDoor_Ch2", "Guard_OK")),
        ["lyon-l2"] = (GuardIf("Guard_Ch1", "Guard_Ch2", "GuardClosed"), Monitor("Guard_Ch1", "Guard_Ch2", "GuardClosed")),
        ["porto-l1"] = (GuardIf("xGuardDoorCh1", "xGuardDoorCh2", "xGuardClosed"), Monitor("xGuardDoorCh1", "xGuardDoorCh2", "xGuardClosed")),
    };

    private const string Approve =
        """{"decision":"approve","reasons":["only the guard evaluation was replaced"],"outOfScopeHunks":[],"safetyElementsChangedUnasked":false,"certifiedModulesTouched":false,"timingsChanged":false,"forcingOrBypassAdded":false}""";

    private readonly ConcurrentDictionary<string, bool> rateLimited = new();

    static LlmFleet()
    {
        // Child processes inherit it; every test uses the same value, so parallel tests cannot disagree.
        Environment.SetEnvironmentVariable(KeyVariable, Key);
    }

    public LlmFleet(TimeSpan slowAfterFirstSite = default)
    {
        SlowAfterFirstSite = slowAfterFirstSite;
        Server = new FakeLlmServer(Answer);
        FleetFile = ExampleFleet.CopyTo(Folder);
        MigrationFile = ExampleFleet.GuardMonitor(Folder);
        File.WriteAllText(MigrationFile, File.ReadAllText(MigrationFile).Replace("  kind: rewrite", "  kind: llm", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Folder.Path, "plcfleet.config.yaml"), $"""
            provider:
              kind: openai
              model: {Model}
              base_url: {Server.OpenAIBaseUrl}
              api_key_env: {KeyVariable}
              max_retries: 3
              timeout_seconds: 60
            """);
    }

    public TempFolder Folder { get; } = new();

    public FakeLlmServer Server { get; }

    public string FleetFile { get; }

    public string MigrationFile { get; }

    public string Database => Path.Combine(Folder.Path, ".plcfleet", "plcfleet.db");

    /// <summary>Replies for every site but lyon-l1 wait this long, so a test can kill the run between sites.</summary>
    public TimeSpan SlowAfterFirstSite { get; }

    public static string Broken(string site) => Guards[site].Monitor.TrimEnd(';');

    public string[] RunArguments(int parallel) =>
        ["migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--sites", string.Join(',', Sites), "--parallel", parallel.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>The site a request's conversation is about (its site facts name it), or null (the judge sees no facts).</summary>
    public static string? SiteOf(string body) => Sites.FirstOrDefault(s => body.Contains($"- site: {s} (", StringComparison.Ordinal));

    /// <summary>How far the conversation has got: the assistant messages it already holds.</summary>
    public static int AssistantTurns(string body) =>
        JsonNode.Parse(body)!["messages"]!.AsArray().Count(m => (string?)m!["role"] == "assistant");

    public void Dispose()
    {
        Server.Dispose();
        Folder.Dispose();
    }

    private static string GuardIf(string ch1, string ch2, string ok) => $"IF {ch1} AND {ch2} THEN\n    {ok} := TRUE;\nELSE\n    {ok} := FALSE;\nEND_IF;";

    private static string Monitor(string ch1, string ch2, string ok) => $"{ok} := SAFETY_GUARD_MONITOR(Channel1 := {ch1}, Channel2 := {ch2});";

    private static ScriptedReply Edit(string search, string replace) =>
        OpenAIWire.ToolCall("edit_file", new { path = "src/PRG_Main.st", search, replace });

    private ScriptedReply Answer(RecordedRequest request)
    {
        var body = request.Body;
        if (body.Contains("You review a change to PLC code", StringComparison.Ordinal))
        {
            return OpenAIWire.Text(Approve);
        }

        if (SiteOf(body) is not { } site)
        {
            // Any other targeted site (a resumed run works them all): nothing there for this script, so no edit.
            return OpenAIWire.Text("Nothing in this workspace matches what the migration asks for; I made no edit.");
        }

        var reply = Script(site, body);
        return site == "lyon-l1" || SlowAfterFirstSite == TimeSpan.Zero ? reply : reply with { Delay = SlowAfterFirstSite };
    }

    private ScriptedReply Script(string site, string body)
    {
        if (body.Contains("The session is over.", StringComparison.Ordinal))
        {
            return OpenAIWire.Text("The prompt could name the guard variables of each site.");
        }

        if (site == "porto-l1" && rateLimited.TryAdd(site, true))
        {
            return OpenAIWire.Error(429, "Rate limit reached for requests", new Dictionary<string, string> { ["Retry-After"] = "1" });
        }

        var (guardIf, monitor) = Guards[site];
        var turns = AssistantTurns(body);
        ScriptedReply[] script = site == "lyon-l2"
            ? [Edit(guardIf, Broken(site)), OpenAIWire.Text("Done."), Edit(Broken(site), monitor), OpenAIWire.Text("Added the missing semicolon.")]
            : [Edit(guardIf, monitor), OpenAIWire.Text("Replaced the guard IF block with SAFETY_GUARD_MONITOR.")];
        return turns < script.Length ? script[turns] : OpenAIWire.Text("Done.");
    }
}
