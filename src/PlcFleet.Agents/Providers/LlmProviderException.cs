namespace PlcFleet.Agents.Providers;

/// <summary>
/// A provider failure stated for an operator. The message is always redacted: API keys never appear in it.
/// </summary>
public sealed class LlmProviderException : Exception
{
    public LlmProviderException(LlmErrorKind kind, string message, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
    }

    public LlmProviderException()
        : this(LlmErrorKind.Other, "LLM provider error")
    {
    }

    public LlmProviderException(string message)
        : this(LlmErrorKind.Other, message)
    {
    }

    public LlmProviderException(string message, Exception innerException)
        : this(LlmErrorKind.Other, message, null, innerException)
    {
    }

    public LlmErrorKind Kind { get; }

    public int? StatusCode { get; }
}
