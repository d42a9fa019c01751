using System.Text.Json;
using PlcFleet.Agents.Providers;

namespace PlcFleet.Agents.Transcripts;

/// <summary>
/// Writes a session as JSONL, one event per line, flushed after every event so a crash loses nothing.
/// Every line passes through the redactor: API keys never reach the file.
/// </summary>
public sealed class TranscriptWriter : IDisposable
{
    private readonly StreamWriter writer;
    private readonly SecretRedactor redactor;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private int seq;

    public TranscriptWriter(string path, SecretRedactor? redactor = null, TimeProvider? clock = null)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        this.redactor = redactor ?? SecretRedactor.None;
        this.clock = clock ?? TimeProvider.System;
    }

    public string Path { get; }

    public void Write(TranscriptEvent entry)
    {
        lock (gate)
        {
            var stamped = entry with { Seq = ++seq, Time = clock.GetUtcNow() };
            writer.WriteLine(redactor.Redact(JsonSerializer.Serialize(stamped, TranscriptJson.Options)));
        }
    }

    public static JsonElement ToJson<T>(T value) => JsonSerializer.SerializeToElement(value, TranscriptJson.Options);

    public void Dispose() => writer.Dispose();
}
