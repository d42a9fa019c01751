using System.Text.Json;
using PlcFleet.Agents.Providers;
using PlcFleet.Formats.Workspaces;

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
    private readonly long maxBytes;
    private long written;
    private bool full;
    private int seq;

    /// <param name="maxBytes">The file's size limit (default <see cref="WorkspaceLimits.MaxTranscriptBytes"/>): past it only a
    /// note and the session's outcome are written, so a runaway agent cannot fill the disk.</param>
    public TranscriptWriter(string path, SecretRedactor? redactor = null, TimeProvider? clock = null, long? maxBytes = null)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        written = stream.Length;
        this.maxBytes = maxBytes ?? WorkspaceLimits.Default.MaxTranscriptBytes;
        writer = new StreamWriter(stream) { AutoFlush = true };
        this.redactor = redactor ?? SecretRedactor.None;
        this.clock = clock ?? TimeProvider.System;
    }

    public string Path { get; }

    public void Write(TranscriptEvent entry)
    {
        lock (gate)
        {
            var stamped = entry with { Seq = ++seq, Time = clock.GetUtcNow() };
            var line = redactor.Redact(JsonSerializer.Serialize(stamped, TranscriptJson.Options));
            if (written + line.Length + 1 > maxBytes && entry.Type != TranscriptEventType.Outcome)
            {
                if (!full)
                {
                    full = true;
                    WriteLine(JsonSerializer.Serialize(new TranscriptEvent
                    {
                        Seq = stamped.Seq, Time = stamped.Time, Type = TranscriptEventType.Session,
                        Text = $"transcript limit of {maxBytes} bytes reached; later events are not recorded",
                    }, TranscriptJson.Options));
                }

                return;
            }

            WriteLine(line);
        }
    }

    private void WriteLine(string line)
    {
        writer.WriteLine(line);
        written += System.Text.Encoding.UTF8.GetByteCount(line) + 1;
    }

    public static JsonElement ToJson<T>(T value) => JsonSerializer.SerializeToElement(value, TranscriptJson.Options);

    public void Dispose() => writer.Dispose();
}
