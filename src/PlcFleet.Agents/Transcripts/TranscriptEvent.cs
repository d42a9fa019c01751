using System.Text.Json;

namespace PlcFleet.Agents.Transcripts;

/// <summary>One line of a session transcript. Fields that do not apply to an event type stay null and are not written.</summary>
public sealed record TranscriptEvent
{
    public int Seq { get; init; }

    public DateTimeOffset Time { get; init; }

    public string Type { get; init; } = "";

    public int? Attempt { get; init; }

    public int? Turn { get; init; }

    public double? DurationMs { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    public string? Text { get; init; }

    public string? Tool { get; init; }

    public string? CallId { get; init; }

    public JsonElement? Arguments { get; init; }

    public bool? IsError { get; init; }

    public string? Outcome { get; init; }

    public JsonElement? Data { get; init; }
}
