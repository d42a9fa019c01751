namespace PlcFleet.Verification.Safety.Configuration;

/// <summary>
/// What a site declares as safety-related in the <c>safety:</c> key of its <c>plcfleet.yaml</c>, with the plant
/// defaults where it says nothing. <see cref="Origin"/> names where each list came from, for <c>plcfleet safety show</c>.
/// </summary>
public sealed record SafetyConfig(
    IReadOnlyList<NamePattern> Variables,
    IReadOnlyList<NamePattern> Pous,
    IReadOnlyList<NamePattern> Types,
    string Pragma,
    IReadOnlyList<NamePattern> Outputs,
    IReadOnlyList<NamePattern> Untrusted,
    IReadOnlyList<CertifiedUnit> Certified,
    string Origin)
{
    public static readonly string[] DefaultVariablePatterns =
        ["*EStop*", "*E_Stop*", "*Emergency*", "*Guard*", "*Interlock*", "*LightCurtain*", "*Safety*", "*Muting*", "*MaintKey*"];

    /// <summary>Sources a safety output must never depend on without a validity check: panels and fieldbus-writable tags.</summary>
    public static readonly string[] DefaultUntrustedPatterns = ["*HMI*", "*Modbus*", "*OPC*", "*Panel*", "*Remote*", "*Web*"];

    /// <summary>Safety function blocks whose channel inputs must be wired to single input signals.</summary>
    public static readonly string[] DefaultSafetyTypes = ["SAFETY_*", "SF_*", "SAFE*"];

    public static SafetyConfig Default { get; } = new(
        DefaultVariablePatterns.Select(p => new NamePattern(p)).ToList(),
        [],
        DefaultSafetyTypes.Select(p => new NamePattern(p)).ToList(),
        "{attribute 'safety'}",
        [],
        DefaultUntrustedPatterns.Select(p => new NamePattern(p)).ToList(),
        [],
        "defaults");

    /// <summary>The pragma's attribute name: <c>safety</c> for <c>{attribute 'safety'}</c>.</summary>
    public string PragmaName
    {
        get
        {
            var start = Pragma.IndexOf('\'', StringComparison.Ordinal);
            var end = start >= 0 ? Pragma.IndexOf('\'', start + 1) : -1;
            return end > start ? Pragma[(start + 1)..end] : Pragma.Trim('{', '}', ' ');
        }
    }
}
