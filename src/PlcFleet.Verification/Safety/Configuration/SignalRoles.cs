using PlcFleet.StructuredText.Semantics;

namespace PlcFleet.Verification.Safety.Configuration;

/// <summary>
/// The roles some rules give signals: indications (lamps, fault flags: energising them more often is no hazard),
/// warning devices (start-warning horns and sirens: sounding less often is the hazard, so they are checked the other way round),
/// operator commands and reset buttons (the differential check's traces hold them off and pulse them), and two-channel
/// pairs (moved together, glitched together). A site declares them in <c>safety:</c> (indications, resets,
/// channel_pairs); the name rules below still apply on top, so a declaration only ever adds a role.
/// </summary>
public sealed class SignalRoles
{
    /// <summary>Lamps and messages in the plant languages: EN, DE, FR, ES, IT, PL, CZ.</summary>
    private static readonly string[] IndicationParts =
        ["Lamp", "Beacon", "Indicator", "StackLight", "Alarm", "Fault", "Display", "Signal_Light",
         "Leuchte", "Meldeleuchte", "Lampe", "Meldung", "Stoerung", "Störung", "Anzeige",
         "Voyant", "Defaut", "Défaut", "Piloto", "Fallo", "Spia", "Guasto", "Lampka", "Kontrolka", "Porucha"];

    /// <summary>Audible warnings people rely on before a machine moves (a start-warning horn is not a mere indication).</summary>
    private static readonly string[] WarningParts =
        ["Horn", "Buzzer", "Siren", "Warn", "Hupe", "Sirene", "Anlaufwarn", "Klaxon", "Avertisseur", "Bocina", "Sirena", "Syrena",
         "Houkacka", "Houkačka", "Sygnalizator"];

    private static readonly string[] CommandParts =
        ["Btn", "Button", "Stop", "Reset", "Ack", "Jog", "HMI", "Sim", "Override", "Manual", "Maint", "Bypass", "Start", "Mode", "Modbus",
         "Remote", "Panel", "Force", "Test"];

    private static readonly string[] ResetParts = ["Reset", "Ack"];

    private static readonly string[] EStopParts = ["EStop", "E_Stop", "Emergency"];

    private readonly SafetyConfig _config;

    public SignalRoles(SafetyConfig config) => _config = config;

    public bool IsIndication(string signal) => IndicationReason(signal) is not null;

    /// <summary>Why the signal is an indication output, or null when it is not one.</summary>
    public string? IndicationReason(string signal) =>
        IndicationDeclared(signal) ?? (ByName(signal, WarningParts) is null ? ByName(signal, IndicationParts) : null);

    private string? IndicationDeclared(string signal) => Declared(_config.Indications, signal, "indications");

    /// <summary>A warning device (horn, siren): the output must sound at least whenever it did before.</summary>
    public bool IsWarning(string signal) => WarningReason(signal) is not null;

    public string? WarningReason(string signal) => IndicationDeclared(signal) is not null ? null : ByName(signal, WarningParts);

    public bool IsReset(string signal) => ResetReason(signal) is not null;

    public string? ResetReason(string signal) =>
        Declared(_config.Resets, signal, "resets") ?? (IsEStop(signal) ? null : ByName(signal, ResetParts));

    /// <summary>An operator command (button, panel or mode request): off while the machine runs, unlike field contacts.</summary>
    public bool IsCommand(string signal) => IsReset(signal) || (!IsEStop(signal) && ByName(signal, CommandParts) is not null);

    /// <summary>The declared pair a signal belongs to, if any.</summary>
    public ChannelPair? DeclaredPair(string signal) => _config.ChannelPairs.FirstOrDefault(p => p.Contains(signal));

    /// <summary>Every role of a signal, for <c>plcfleet safety show</c>.</summary>
    public IEnumerable<SignalRole> Describe(string signal)
    {
        if (IndicationReason(signal) is { } indication)
        {
            yield return new SignalRole(signal, "indication", indication);
        }

        if (WarningReason(signal) is { } warning)
        {
            yield return new SignalRole(signal, "warning device", warning + ": checked so that it sounds at least whenever it did");
        }

        if (ResetReason(signal) is { } reset)
        {
            yield return new SignalRole(signal, "reset", reset);
        }

        if (DeclaredPair(signal) is { } pair)
        {
            yield return new SignalRole(signal, "channel pair", $"declared in {pair.Origin} (safety.channel_pairs: {pair})");
        }
    }

    /// <summary>
    /// Simulator and analysis names carry their program (<c>PRG_Line.S3_I</c>); a declaration names the variable,
    /// so either the whole name or its last part matches.
    /// </summary>
    public static bool SameSignal(string declared, string signal) =>
        string.Equals(declared, signal, StringComparison.OrdinalIgnoreCase)
        || string.Equals(declared, LastPart(signal), StringComparison.OrdinalIgnoreCase);

    private static string LastPart(string signal) => signal[(signal.LastIndexOf('.') + 1)..];

    private string? Declared(IReadOnlyList<NamePattern> patterns, string signal, string key) =>
        patterns.FirstOrDefault(p => p.Matches(signal) || p.Matches(LastPart(signal))) is { } match
            ? $"declared in {_config.Origin} (safety.{key}: {match.Text})"
            : null;

    /// <summary>
    /// A name rule matches at the start of a word of the signal's name (words split at '_', '.', digits and camel case),
    /// so <c>bResetPB</c> and <c>ESTOP_RESET</c> are resets but <c>Feedback</c> is not an "Ack" and <c>Latest</c> not a "Test".
    /// </summary>
    private static string? ByName(string signal, string[] parts)
    {
        var starts = WordStarts(signal);
        return parts.FirstOrDefault(p => starts.Any(i => Compact(signal, i).StartsWith(p.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)))
            is { } part
            ? $"by name (contains '{part}')"
            : null;
    }

    /// <summary>The name from <paramref name="start"/> on, without the underscores that separate its words.</summary>
    private static string Compact(string signal, int start) => signal[start..].Replace("_", string.Empty, StringComparison.Ordinal);

    private static List<int> WordStarts(string signal)
    {
        var starts = new List<int>();
        for (var i = 0; i < signal.Length; i++)
        {
            var c = signal[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var previous = i > 0 ? signal[i - 1] : '_';
            var next = i + 1 < signal.Length ? signal[i + 1] : '_';
            var isStart = !char.IsLetterOrDigit(previous)
                || (char.IsUpper(c) && char.IsLower(previous))
                || (char.IsUpper(c) && char.IsUpper(previous) && char.IsLower(next))
                || (char.IsLetter(c) && char.IsDigit(previous));
            if (isStart)
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static bool IsEStop(string signal) => ByName(signal, EStopParts) is not null;
}
