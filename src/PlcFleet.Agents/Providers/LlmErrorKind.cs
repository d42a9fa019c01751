namespace PlcFleet.Agents.Providers;

public enum LlmErrorKind
{
    MissingApiKey,
    Unauthorized,
    ModelNotFound,
    Timeout,
    RetriesExhausted,
    BadRequest,
    Network,
    Other,
}
