namespace PlcFleet.Verification.Safety.Configuration;

/// <summary>
/// The roles some rules give signals: indications (lamps, horns, fault flags: energising them more often is no hazard),
/// operator commands and reset buttons (the differential check's traces hold them off and pulse them), and two-channel
/// pairs (moved together, glitched together). A site declares them in <c>safety:</c> (indications, resets,
/// channel_pairs); the name rules below still apply on top, so a declaration only ever adds a role.
/// </summary>
public sealed class SignalRoles
{
    private static readonly string[] IndicationParts =
        ["Lamp", "Horn", "Buzzer", "Beacon", "Indicator", "StackLight", "Alarm", "Fault", "Warn", "Display", "Signal_Light"];

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
        Declared(_config.Indications, signal, "indications") ?? ByName(signal, IndicationParts);

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

    private static string? ByName(string signal, string[] parts) =>
        parts.FirstOrDefault(p => signal.Contains(p, StringComparison.OrdinalIgnoreCase)) is { } part
            ? $"by name (contains '{part}')"
            : null;

    private static bool IsEStop(string signal) => ByName(signal, EStopParts) is not null;
}
