using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// A duration outside ST code (scenario steps, command options), read with the language's own duration grammar
/// (<see cref="DurationLiteral"/>): <c>T#1s500ms</c>, <c>TIME#1m30s</c>, <c>LT#2h</c>, or bare <c>250ms</c>,
/// <c>1.5s</c>. Held as LTIME nanoseconds, so a long test is never cut to TIME's 49 days.
/// </summary>
public static class DurationText
{
    private const string Forms = "use forms like 250ms, T#1s500ms or 1m30s";

    public static bool TryParse(string text, out long nanoseconds, out string error)
    {
        nanoseconds = 0;
        var trimmed = text.Trim();
        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0 && trimmed[..hash].ToUpperInvariant() is not ("T" or "TIME" or "LT" or "LTIME"))
        {
            error = $"'{text}' is not a duration: {Forms}";
            return false;
        }

        var result = DurationLiteral.Parse(trimmed, hash + 1, ElementaryType.LTime);
        if (result is { Succeeded: true, Value: DurationValue duration })
        {
            nanoseconds = duration.Nanoseconds;
            error = string.Empty;
            return true;
        }

        error = $"'{text}' is not a duration: {result.Error?.Message ?? Forms} ({Forms})";
        return false;
    }
}
