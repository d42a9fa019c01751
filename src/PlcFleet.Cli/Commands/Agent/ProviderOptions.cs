using System.CommandLine;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>The LLM provider flags shared by agent commands. Flags win over PLCFLEET_* variables, which win over the config file.</summary>
public sealed class ProviderOptions
{
    public Option<string?> Provider { get; } = new("--provider") { Description = "openai (any OpenAI-compatible server) or anthropic" };

    public Option<string?> Model { get; } = new("--model") { Description = "Model name, e.g. gpt-4.1 or claude-sonnet-4-5" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Endpoint, e.g. http://localhost:11434/v1 for Ollama" };

    public Option<string?> ApiKeyEnv { get; } = new("--api-key-env") { Description = "Name of the environment variable that holds the API key" };

    public Option<string?> Config { get; } = new("--config") { Description = "Provider settings file (default: ./plcfleet.config.yaml when present)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Model);
        command.Options.Add(BaseUrl);
        command.Options.Add(ApiKeyEnv);
        command.Options.Add(Config);
    }

    public ProviderChoice Read(ParseResult parse) => new(
        parse.GetValue(Provider), parse.GetValue(Model), parse.GetValue(BaseUrl), parse.GetValue(ApiKeyEnv), parse.GetValue(Config));
}
