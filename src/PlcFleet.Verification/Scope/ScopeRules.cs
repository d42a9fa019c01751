namespace PlcFleet.Verification.Scope;

/// <summary>Rule ids of the scope verifier, stable for SARIF and dashboards.</summary>
public static class ScopeRules
{
    public const string OutsideScope = "SCOPE001";
    public const string FileDeleted = "SCOPE002";
    public const string ReadOnlyModified = "SCOPE003";
    public const string ScenarioWeakened = "SCOPE004";
    public const string CertifiedTouched = "SCOPE005";
    public const string TooManyFiles = "SCOPE006";
    public const string TooManyLines = "SCOPE007";
    public const string NoBaseline = "SCOPE008";
    public const string NestedRepository = "SCOPE009";
    public const string SymbolicLink = "SCOPE010";
}
