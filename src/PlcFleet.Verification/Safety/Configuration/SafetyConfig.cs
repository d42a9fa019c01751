using PlcFleet.StructuredText.Semantics;

namespace PlcFleet.Verification.Safety.Configuration;

/// <summary>
/// What a site declares as safety-related in the <c>safety:</c> key of its <c>plcfleet.yaml</c>, with the plant
/// defaults where it says nothing. <see cref="Origin"/> names where each list came from, for <c>plcfleet safety show</c>.
/// <para>
/// <see cref="Indications"/>, <see cref="Resets"/> and <see cref="ChannelPairs"/> declare signal roles the rules otherwise
/// guess from names (<c>Lamp</c>, <c>Btn_Reset</c>, <c>Door_Ch1</c>/<c>Door_Ch2</c>), for plants whose tags are named
/// <c>H12_Q</c> or <c>S3_I</c>. They add to the name rules and never switch them off: an empty list declares nothing,
/// and a signal named like a lamp stays an indication. The rules read the roles from the site before the change, so a
/// change cannot declare away the hazard it introduces.
/// </para>
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
    /// <summary>
    /// Name hints for safety signals in the languages plants use (EN, DE, FR, ES, IT, PL, CZ). Only hints: outputs are
    /// recognised from facts first (see <see cref="Analysis.SafetyClassifier"/>), and an actuator output of unknown role
    /// counts as safety-related whatever its name.
    /// </summary>
    public static readonly string[] DefaultVariablePatterns =
        ["*EStop*", "*E_Stop*", "*Emergency*", "*Guard*", "*Interlock*", "*LightCurtain*", "*Safety*", "*Muting*", "*MaintKey*", "*TwoHand*",
         "*NotHalt*", "*Not_Halt*", "*NotAus*", "*Not_Aus*", "*Schutztuer*", "*Schutztür*", "*Schutzhaube*", "*Lichtgitter*", "*Lichtvorhang*",
         "*Zweihand*", "*Freigabe*", "*Sicherheit*", "*Verriegelung*",
         "*ArretUrgence*", "*Arret_Urgence*", "*Carter*", "*Barriere*", "*Autorisation*", "*Securite*", "*Sécurité*",
         "*ParadaEmergencia*", "*Parada_Emergencia*", "*Emergencia*", "*Resguardo*", "*Barrera*", "*Habilitacion*", "*Seguridad*",
         "*Emergenza*", "*Riparo*", "*Barriera*", "*Consenso*", "*Sicurezza*",
         "*Awaryjn*", "*Oslona*", "*Kurtyna*", "*Zezwolenie*", "*Bezpiecz*",
         "*Nouzov*", "*Kryt*", "*Povoleni*", "*Bezpecnost*"];

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

    /// <summary>Outputs that only inform people (lamps, horns, fault flags), patterns like the other lists.</summary>
    public IReadOnlyList<NamePattern> Indications { get; init; } = [];

    /// <summary>Reset and acknowledge buttons: off while the machine runs, pulsed to re-arm it.</summary>
    public IReadOnlyList<NamePattern> Resets { get; init; } = [];

    /// <summary>Inputs wired to the two contacts of one device: they open and close together.</summary>
    public IReadOnlyList<ChannelPair> ChannelPairs { get; init; } = [];

    /// <summary>The signal roles these declarations and the name rules give.</summary>
    public SignalRoles Roles => new(this);

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
