using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI;

namespace PlcFleet.Agents.Providers;

/// <summary>Builds an <see cref="IChatClient"/> for the configured provider, wrapped in our resilience and error handling.</summary>
public static class ChatClientFactory
{
    public static ProviderConnection Create(ProviderSettings settings, Func<string, string?>? environment = null, HttpMessageHandler? transport = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var apiKey = settings.ApiKeyEnv is null ? null : environment(settings.ApiKeyEnv);
        if (settings.ApiKeyEnv is not null && string.IsNullOrWhiteSpace(apiKey))
        {
            throw new LlmProviderException(LlmErrorKind.MissingApiKey,
                $"the environment variable {settings.ApiKeyEnv} (provider.api_key_env) is not set");
        }

        var redactor = new SecretRedactor([apiKey]);
        var handler = new ResilientHttpHandler(settings, redactor, transport);
        var http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

        // The SDKs' own retries are off and their timeout is only a backstop over all our tries.
        var backstop = (settings.Timeout * (settings.MaxRetries + 1)) + (settings.MaxRetryDelay * settings.MaxRetries) + TimeSpan.FromSeconds(30);
        var client = settings.Kind switch
        {
            ProviderKind.Anthropic => CreateAnthropic(settings, apiKey, http, backstop),
            _ => CreateOpenAI(settings, apiKey, http, backstop),
        };
        return new ProviderConnection(new ProviderErrorChatClient(client, redactor), settings, redactor);
    }

    private static IChatClient CreateOpenAI(ProviderSettings settings, string? apiKey, HttpClient http, TimeSpan backstop)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri(settings.EffectiveBaseUrl),
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = backstop,
        };

        // Keyless local servers (Ollama, vLLM) still need a non-empty credential for the SDK.
        var credential = new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "no-key" : apiKey);
        return new OpenAIClient(credential, options).GetChatClient(settings.Model).AsIChatClient();
    }

    private static IChatClient CreateAnthropic(ProviderSettings settings, string? apiKey, HttpClient http, TimeSpan backstop)
    {
        var client = new AnthropicClient
        {
            ApiKey = string.IsNullOrEmpty(apiKey) ? "no-key" : apiKey,
            BaseUrl = settings.EffectiveBaseUrl,
            HttpClient = http,
            MaxRetries = 0,
            Timeout = backstop,
        };
        return client.AsIChatClient(settings.Model, settings.MaxOutputTokens);
    }
}
