using System.Globalization;
using PlcFleet.Formats.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PlcFleet.Agents.Providers;

/// <summary>
/// Reads the <c>provider:</c> section of <c>plcfleet.config.yaml</c>, then applies <c>PLCFLEET_PROVIDER</c>,
/// <c>PLCFLEET_MODEL</c>, <c>PLCFLEET_BASE_URL</c>, then explicit overrides (each later source wins).
/// </summary>
public static class ProviderSettingsLoader
{
    public const string FileName = "plcfleet.config.yaml";

    public static ProviderSettingsResult Load(string? configPath, ProviderOverrides? overrides = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var errors = new List<string>();
        var settings = new ProviderSettings();

        if (configPath is not null && File.Exists(configPath))
        {
            settings = ReadFile(configPath, errors);
        }
        else if (configPath is not null && !string.Equals(Path.GetFileName(configPath), FileName, StringComparison.Ordinal))
        {
            errors.Add($"{configPath}: config file not found");
        }

        settings = ApplyKind(settings, environment("PLCFLEET_PROVIDER"), "PLCFLEET_PROVIDER", errors);
        settings = settings with
        {
            Model = NonEmpty(environment("PLCFLEET_MODEL")) ?? settings.Model,
            BaseUrl = NonEmpty(environment("PLCFLEET_BASE_URL")) ?? settings.BaseUrl,
        };

        if (overrides is not null)
        {
            settings = settings with
            {
                Kind = overrides.Kind ?? settings.Kind,
                Model = NonEmpty(overrides.Model) ?? settings.Model,
                BaseUrl = NonEmpty(overrides.BaseUrl) ?? settings.BaseUrl,
                ApiKeyEnv = NonEmpty(overrides.ApiKeyEnv) ?? settings.ApiKeyEnv,
            };
        }

        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            errors.Add("no model configured: set provider.model in plcfleet.config.yaml, PLCFLEET_MODEL, or --model");
        }

        if (settings.BaseUrl is not null && !Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out _))
        {
            errors.Add($"base URL '{settings.BaseUrl}' is not an absolute URL");
        }

        return new ProviderSettingsResult(errors.Count == 0 ? settings : null, errors);
    }

    public static bool TryParseKind(string? text, out ProviderKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "openai" or "azure" or "azure-openai" or "ollama" or "vllm" or "lmstudio" or "lm-studio" or "openai-compatible":
                kind = ProviderKind.OpenAI;
                return true;
            case "anthropic" or "claude":
                kind = ProviderKind.Anthropic;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    private static ProviderSettings ReadFile(string path, List<string> errors)
    {
        ConfigFile? file;
        var text = File.ReadAllText(path);
        if (!YamlLoader.TryLoad(text, out _, out var syntax))
        {
            errors.Add($"{path}:{syntax.Line}:{syntax.Column}: invalid YAML: {syntax.Message}");
            return new ProviderSettings();
        }

        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            file = deserializer.Deserialize<ConfigFile?>(text);
        }
        catch (YamlException ex)
        {
            errors.Add($"{path}:{ex.Start.Line}:{ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}");
            return new ProviderSettings();
        }

        var section = file?.Provider;
        if (section is null)
        {
            return new ProviderSettings();
        }

        var settings = new ProviderSettings
        {
            Model = section.Model ?? "",
            BaseUrl = NonEmpty(section.BaseUrl),
            ApiKeyEnv = NonEmpty(section.ApiKeyEnv),
            MaxOutputTokens = section.MaxOutputTokens ?? 4096,
            MaxRetries = section.MaxRetries ?? 3,
            Timeout = TimeSpan.FromSeconds(section.TimeoutSeconds ?? 120),
            InputPricePerMillionTokens = section.PricePer1mInput ?? 0m,
            OutputPricePerMillionTokens = section.PricePer1mOutput ?? 0m,
        };
        if (section.MaxRetries is < 0)
        {
            errors.Add($"{path}: provider.max_retries must be 0 or more");
        }

        return ApplyKind(settings, section.Kind, $"{path}: provider.kind", errors);
    }

    private static ProviderSettings ApplyKind(ProviderSettings settings, string? text, string source, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return settings;
        }

        if (TryParseKind(text, out var kind))
        {
            return settings with { Kind = kind };
        }

        errors.Add(string.Create(CultureInfo.InvariantCulture, $"{source}: unknown provider '{text}' (use openai or anthropic)"));
        return settings;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class ConfigFile
    {
        public ProviderSection? Provider { get; set; }
    }

    private sealed class ProviderSection
    {
        public string? Kind { get; set; }

        public string? BaseUrl { get; set; }

        public string? Model { get; set; }

        public string? ApiKeyEnv { get; set; }

        public double? TimeoutSeconds { get; set; }

        public int? MaxRetries { get; set; }

        public int? MaxOutputTokens { get; set; }

        [YamlMember(Alias = "price_per_1m_input")]
        public decimal? PricePer1mInput { get; set; }

        [YamlMember(Alias = "price_per_1m_output")]
        public decimal? PricePer1mOutput { get; set; }
    }
}
