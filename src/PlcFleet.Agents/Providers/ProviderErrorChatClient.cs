using Microsoft.Extensions.AI;

namespace PlcFleet.Agents.Providers;

/// <summary>
/// Whatever an SDK throws comes out as one <see cref="LlmProviderException"/> with a redacted message,
/// so callers handle a single error type and keys cannot leak through exception text.
/// </summary>
public sealed class ProviderErrorChatClient(IChatClient inner, SecretRedactor redactor) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw Translate(ex, redactor);
        }
    }

    public static LlmProviderException Translate(Exception ex, SecretRedactor redactor)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is LlmProviderException known)
            {
                return known;
            }
        }

        var kind = ex is HttpRequestException ? LlmErrorKind.Network
            : ex.Message.Contains("400", StringComparison.Ordinal) ? LlmErrorKind.BadRequest
            : LlmErrorKind.Other;
        return new LlmProviderException(kind, "LLM provider error: " + redactor.Redact(ex.Message));
    }
}
