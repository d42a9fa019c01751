namespace PlcFleet.Agents.Providers;

public enum ProviderKind
{
    /// <summary>Any server speaking OpenAI's chat completions: OpenAI, Azure OpenAI (v1 endpoint), Ollama, vLLM, LM Studio.</summary>
    OpenAI,

    /// <summary>Anthropic's Messages API.</summary>
    Anthropic,
}
