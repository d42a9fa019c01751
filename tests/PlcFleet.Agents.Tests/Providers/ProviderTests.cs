using System.Net.Http.Headers;
using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;

namespace PlcFleet.Agents.Tests.Providers;

public sealed class ProviderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("plcfleet-cfg-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Config(string yaml)
    {
        var path = Path.Combine(folder, ProviderSettingsLoader.FileName);
        File.WriteAllText(path, yaml);
        return path;
    }

    private const string Yaml = """
        provider:
          kind: ollama
          base_url: http://plant-gpu-01:11434/v1
          model: qwen2.5-coder:32b
          api_key_env: OLLAMA_KEY
          timeout_seconds: 90
          max_retries: 5
          price_per_1m_input: 0.5
          price_per_1m_output: 1.5
        """;

    [Fact]
    public void Loads_the_yaml_config()
    {
        var result = ProviderSettingsLoader.Load(Config(Yaml), environment: _ => null);
        Assert.True(result.Succeeded);
        var s = result.Settings!;
        Assert.Equal(ProviderKind.OpenAI, s.Kind);
        Assert.Equal("qwen2.5-coder:32b", s.Model);
        Assert.Equal("OLLAMA_KEY", s.ApiKeyEnv);
        Assert.Equal(TimeSpan.FromSeconds(90), s.Timeout);
        Assert.Equal(5, s.MaxRetries);
        Assert.Equal(1.5m, s.OutputPricePerMillionTokens);
    }

    [Fact]
    public void Environment_overrides_file_and_explicit_overrides_environment()
    {
        var env = new Dictionary<string, string> { ["PLCFLEET_PROVIDER"] = "anthropic", ["PLCFLEET_MODEL"] = "claude-sonnet-4-5", ["PLCFLEET_BASE_URL"] = "https://proxy.plant.local" };
        var fromEnv = ProviderSettingsLoader.Load(Config(Yaml), environment: k => env.GetValueOrDefault(k)).Settings!;
        Assert.Equal(ProviderKind.Anthropic, fromEnv.Kind);
        Assert.Equal("claude-sonnet-4-5", fromEnv.Model);
        Assert.Equal("https://proxy.plant.local", fromEnv.BaseUrl);

        var explicitly = ProviderSettingsLoader.Load(Config(Yaml), new ProviderOverrides(Model: "claude-opus-4"), k => env.GetValueOrDefault(k)).Settings!;
        Assert.Equal("claude-opus-4", explicitly.Model);
    }

    [Theory]
    [InlineData("provider:\n  kind: gemini\n  model: x\n", "unknown provider 'gemini'")]
    [InlineData("provider:\n  kind: openai\n", "no model configured")]
    [InlineData("provider:\n  model: x\n  base_url: not a url\n", "not an absolute URL")]
    [InlineData("provider:\n  model: [x\n", "plcfleet.config.yaml:")]
    public void Config_errors_are_data(string yaml, string message)
    {
        var result = ProviderSettingsLoader.Load(Config(yaml), environment: _ => null);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_key_variable_is_a_clear_error()
    {
        var ex = Assert.Throws<LlmProviderException>(() =>
            ChatClientFactory.Create(new ProviderSettings { Model = "gpt-4.1", ApiKeyEnv = "OPENAI_API_KEY_FOR_TEST" }, _ => null));
        Assert.Equal(LlmErrorKind.MissingApiKey, ex.Kind);
        Assert.Contains("OPENAI_API_KEY_FOR_TEST", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redactor_removes_known_keys_and_key_shapes()
    {
        var redactor = new SecretRedactor(["plant-key-123456"]);
        var text = redactor.Redact("key plant-key-123456 and sk-proj-abcdefghijklmnop and Bearer abc.def.ghi123");
        Assert.Equal("key *** and *** and Bearer ***", text);
    }

    [Fact]
    public void Retry_after_in_seconds_and_as_http_date()
    {
        var now = new DateTimeOffset(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.FromRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.FromRetryAfter(new RetryConditionHeaderValue(now.AddSeconds(30)), now));
        Assert.Equal(TimeSpan.Zero, RetryDelay.FromRetryAfter(new RetryConditionHeaderValue(now.AddSeconds(-30)), now));
        Assert.Null(RetryDelay.FromRetryAfter(null, now));
    }

    [Theory]
    [InlineData(0, 0.0, 1000)]
    [InlineData(1, 0.0, 2000)]
    [InlineData(3, 0.0, 8000)]
    [InlineData(2, 1.0, 5000)]
    public void Backoff_is_exponential_with_bounded_jitter(int retry, double jitter, double expectedMs)
    {
        Assert.Equal(expectedMs, RetryDelay.Backoff(retry, TimeSpan.FromSeconds(1), jitter).TotalMilliseconds, 3);
    }

    [Fact]
    public void Cost_uses_prices_per_million_tokens()
    {
        var usage = TokenUsage.Zero.Add(new Microsoft.Extensions.AI.UsageDetails { InputTokenCount = 2_000_000, OutputTokenCount = 100_000 });
        Assert.Equal(6.5m, usage.EstimatedCost(new ProviderSettings { InputPricePerMillionTokens = 2.5m, OutputPricePerMillionTokens = 15m }));
    }

    [Fact]
    public void Loop_detector_needs_identical_results_and_resets_on_edits()
    {
        var loops = new LoopDetector(3);
        Assert.False(loops.Observe("verify", "{}", "verify: FAILED", false));
        Assert.False(loops.Observe("verify", "{}", "verify: FAILED", false));
        Assert.False(loops.Observe("edit_file", "{}", "edited", true));
        Assert.False(loops.Observe("verify", "{}", "verify: FAILED", false));
        Assert.False(loops.Observe("verify", "{}", "verify: FAILED (other)", false));
        Assert.False(loops.Observe("verify", "{}", "verify: FAILED", false));
        Assert.True(loops.Observe("verify", "{}", "verify: FAILED", false));
    }

    [Fact]
    public void Judge_rejects_forcing_even_when_the_model_approves()
    {
        var verdict = LlmChangeJudge.ToVerdict(new JudgeAnswer { Decision = "approve", ForcingOrBypassAdded = true });
        Assert.Equal(JudgeDecision.Reject, verdict.Decision);
        Assert.Contains("forcing or a bypass was added", verdict.Reasons);
    }

    [Fact]
    public void Judge_approves_a_clean_timing_change_that_was_asked_for()
    {
        var verdict = LlmChangeJudge.ToVerdict(new JudgeAnswer { Decision = "Approve", TimingsChanged = true, Reasons = ["preset raised as asked"] });
        Assert.True(verdict.Approved);
    }
}
