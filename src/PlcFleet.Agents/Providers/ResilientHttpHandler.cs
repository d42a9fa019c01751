using System.Net;

namespace PlcFleet.Agents.Providers;

/// <summary>
/// Our own resilience under both SDKs (their built-in retries are switched off so the limits are ours):
/// a timeout per request, retries with exponential back-off and jitter on 429/5xx honouring Retry-After,
/// and clear, redacted errors for a bad key, an unknown model and exhausted retries.
/// </summary>
public sealed class ResilientHttpHandler : DelegatingHandler
{
    private readonly ProviderSettings settings;
    private readonly SecretRedactor redactor;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly TimeProvider clock;

    public ResilientHttpHandler(
        ProviderSettings settings,
        SecretRedactor redactor,
        HttpMessageHandler? inner = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null,
        TimeProvider? clock = null)
        : base(inner ?? new SocketsHttpHandler())
    {
        this.settings = settings;
        this.redactor = redactor;
        this.delay = delay ?? Task.Delay;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Waits taken before retries, for telemetry and tests.</summary>
    public IReadOnlyList<TimeSpan> Waits => waits;

    private readonly List<TimeSpan> waits = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Buffer the body once: every retry sends a fresh copy of the request.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        string lastProblem = "";
        int? lastStatus = null;

        for (var attempt = 0; ; attempt++)
        {
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout.CancelAfter(settings.Timeout);
            HttpResponseMessage? response = null;
            TimeSpan? serverWait = null;
            try
            {
                response = await base.SendAsync(Clone(request, body), attemptTimeout.Token).ConfigureAwait(false);
                await response.Content.LoadIntoBufferAsync(attemptTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                response?.Dispose();
                response = null;
                lastProblem = $"no answer within {settings.Timeout.TotalSeconds:0.#} s";
                lastStatus = null;
                if (attempt >= settings.MaxRetries)
                {
                    throw new LlmProviderException(LlmErrorKind.Timeout,
                        $"{Describe()} did not answer within {settings.Timeout.TotalSeconds:0.#} s (tried {attempt + 1} time(s))");
                }
            }
            catch (HttpRequestException ex)
            {
                lastProblem = redactor.Redact(ex.Message);
                lastStatus = null;
                if (attempt >= settings.MaxRetries)
                {
                    throw new LlmProviderException(LlmErrorKind.Network,
                        $"{Describe()} could not be reached after {attempt + 1} tries: {lastProblem}");
                }
            }

            if (response is not null)
            {
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return response;
                }

                var excerpt = await Excerpt(response, cancellationToken).ConfigureAwait(false);
                ThrowIfFatal(response.StatusCode, excerpt);
                if (!IsTransient(status))
                {
                    return response; // other 4xx: let the SDK report it; the chat client wrapper redacts it.
                }

                lastStatus = status;
                lastProblem = $"HTTP {status} {excerpt}".Trim();
                serverWait = RetryDelay.FromRetryAfter(response.Headers.RetryAfter, clock.GetUtcNow());
                response.Dispose();
                if (attempt >= settings.MaxRetries)
                {
                    throw new LlmProviderException(LlmErrorKind.RetriesExhausted,
                        $"{Describe()} still failing after {attempt + 1} tries; last answer: {lastProblem}", lastStatus);
                }
            }

            var wait = RetryDelay.Cap(
                serverWait ?? RetryDelay.Backoff(attempt, settings.RetryBaseDelay, Random.Shared.NextDouble()),
                settings.MaxRetryDelay);
            waits.Add(wait);
            await delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ThrowIfFatal(HttpStatusCode status, string excerpt)
    {
        switch (status)
        {
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                var keyHint = settings.ApiKeyEnv is null
                    ? "no API key is configured (set provider.api_key_env)"
                    : $"check the key in the environment variable {settings.ApiKeyEnv}";
                throw new LlmProviderException(LlmErrorKind.Unauthorized,
                    $"{Describe()} rejected the API key (HTTP {(int)status}); {keyHint}", (int)status);
            case HttpStatusCode.NotFound:
                throw new LlmProviderException(LlmErrorKind.ModelNotFound,
                    $"{Describe()} answered HTTP 404: model '{settings.Model}' or the endpoint does not exist ({excerpt})", 404);
        }
    }

    private static bool IsTransient(int status) => status is 408 or 429 or 500 or 502 or 503 or 504 or 529;

    private string Describe() => $"LLM provider {settings.Kind} at {redactor.Redact(settings.EffectiveBaseUrl)}";

    private async Task<string> Excerpt(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        text = redactor.Redact(text.ReplaceLineEndings(" ").Trim());
        return text.Length > 300 ? text[..300] + "..." : text;
    }

    private static HttpRequestMessage Clone(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return copy;
    }
}
