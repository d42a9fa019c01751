using Microsoft.Extensions.AI;

namespace PlcFleet.Agents.Providers;

/// <summary>A ready chat client with the settings it was made from and the redactor that knows its key.</summary>
public sealed record ProviderConnection(IChatClient Client, ProviderSettings Settings, SecretRedactor Redactor);
