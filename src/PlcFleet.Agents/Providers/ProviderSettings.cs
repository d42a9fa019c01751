namespace PlcFleet.Agents.Providers;

/// <summary>
/// How to reach one LLM. The API key itself is never stored here, only the name of the environment variable
/// that holds it, so settings can be logged and written to transcripts safely.
/// </summary>
public sealed record ProviderSettings
{
    public ProviderKind Kind { get; init; } = ProviderKind.OpenAI;

    /// <summary>Null means the provider's public endpoint.</summary>
    public string? BaseUrl { get; init; }

    public string Model { get; init; } = "";

    /// <summary>Name of the environment variable holding the API key; null for keyless local servers (Ollama, vLLM).</summary>
    public string? ApiKeyEnv { get; init; }

    /// <summary>Per HTTP request, not per session.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    public int MaxRetries { get; init; } = 3;

    /// <summary>First back-off delay; doubled per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer than this, whatever a Retry-After header asks for.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxOutputTokens { get; init; } = 4096;

    public decimal InputPricePerMillionTokens { get; init; }

    public decimal OutputPricePerMillionTokens { get; init; }

    public string DefaultBaseUrl => Kind == ProviderKind.Anthropic ? "https://api.anthropic.com" : "https://api.openai.com/v1";

    public string EffectiveBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? DefaultBaseUrl : BaseUrl;
}
