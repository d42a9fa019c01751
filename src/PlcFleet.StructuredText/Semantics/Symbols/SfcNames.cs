namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>
/// Names of the hidden variables that hold an SFC chart's state. They start with "__SFC_", which no IEC identifier
/// may (two underscores in a row are not allowed), so they never clash with the engineer's names.
/// </summary>
public static class SfcNames
{
    public const string Prefix = "__SFC_";

    public const string Initialized = Prefix + "INIT";

    public static string StepTimer(string step) => Prefix + "T_" + step;

    public static string WasActive(string step) => Prefix + "X0_" + step;

    public static string Fires(int transition) => Prefix + "FIRE_" + transition;

    public static string ActionActive(string action) => Prefix + "Q_" + action;

    public static string ActionStored(string action) => Prefix + "S_" + action;

    public static string ActionWasActive(string action) => Prefix + "Q0_" + action;

    public static bool IsHidden(string name) => name.StartsWith(Prefix, StringComparison.Ordinal);
}
