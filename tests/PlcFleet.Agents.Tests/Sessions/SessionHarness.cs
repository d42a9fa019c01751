using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Agents.Tests.Fakes;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Tests.Sessions;

internal static class SessionHarness
{
    public const string Migration = "Raise the conveyor start delay in FB_Conveyor from T#2S to T#3S. Change nothing else.";
    public const string ApiKey = "sk-test-VERYSECRETKEY0123456789";

    public static ProviderSettings Settings(FakeLlmServer server, ProviderKind kind = ProviderKind.OpenAI) => new()
    {
        Kind = kind,
        BaseUrl = kind == ProviderKind.OpenAI ? server.OpenAIBaseUrl : server.BaseUrl,
        Model = kind == ProviderKind.OpenAI ? "qwen2.5-coder-32b" : "claude-sonnet-4-5",
        ApiKeyEnv = "PLCFLEET_TEST_KEY",
        Timeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        InputPricePerMillionTokens = 3m,
        OutputPricePerMillionTokens = 15m,
    };

    public static ProviderConnection Connect(ProviderSettings settings) =>
        ChatClientFactory.Create(settings, name => name == "PLCFLEET_TEST_KEY" ? ApiKey : null);

    public static VerificationRunner Runner() => new([new ScopeVerifier(), new ForbiddenPatternVerifier(":= TRUE;")]);

    public static async Task<(SessionResult Result, string TranscriptPath)> RunAsync(
        FakeLlmServer server,
        SiteWorkspace site,
        ProviderKind kind = ProviderKind.OpenAI,
        Func<SessionRequest, SessionRequest>? adjust = null,
        ProviderSettings? settings = null)
    {
        var transcriptPath = Path.Combine(site.Root, "transcript.jsonl");
        var connection = Connect(settings ?? Settings(server, kind));
        using var transcript = new TranscriptWriter(transcriptPath, connection.Redactor);
        var request = new SessionRequest(new AgentPrompt(Migration, "Vendor: CODESYS 3.5 SP19; line: Packaging-2"), site.Workspace, Runner())
        {
            Scope = new ChangeScope { Include = ["src/Conveyor/**"] },
            Transcript = transcript,
        };
        request = adjust?.Invoke(request) ?? request;
        var result = await new AgentSession(connection).RunAsync(request);
        return (result, transcriptPath);
    }

    public static object Edit(string search, string replace, string path = SiteWorkspace.ConveyorPath) =>
        new { path, search, replace };
}
