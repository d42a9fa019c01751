using System.Text.Json;

namespace PlcFleet.Agents.Transcripts;

public static class TranscriptReader
{
    /// <summary>Reads every complete line; a torn last line (crash mid-write) is skipped.</summary>
    public static IReadOnlyList<TranscriptEvent> Read(string path)
    {
        var events = new List<TranscriptEvent>();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var entry = JsonSerializer.Deserialize<TranscriptEvent>(line, TranscriptJson.Options);
                if (entry is not null)
                {
                    events.Add(entry);
                }
            }
            catch (JsonException)
            {
                // Only the last line can be torn; anything unreadable carries no replayable edit.
            }
        }

        return events;
    }
}
