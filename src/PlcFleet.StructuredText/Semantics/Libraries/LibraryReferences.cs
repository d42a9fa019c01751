namespace PlcFleet.StructuredText.Semantics.Libraries;

/// <summary>
/// The libraries a project declares it uses (from its TwinCAT .plcproj or the <c>libraries:</c> list of plcfleet.yaml).
/// Those PlcFleet ships are bound from their declarations; names from the others cannot be checked and are reported
/// once each as ST2050 instead of as errors.
/// </summary>
public sealed record LibraryReferences(IReadOnlyList<string> Declared)
{
    public static LibraryReferences None { get; } = new([]);

    /// <summary>The shipped libraries this project binds: the implicit ones and the declared ones PlcFleet ships.</summary>
    public IReadOnlyList<ShippedLibrary> Shipped =>
        [.. LibraryCatalog.All.Where(l => l.IsImplicit).Concat(Declared.Select(LibraryCatalog.Find).OfType<ShippedLibrary>()).Distinct()];

    /// <summary>The declared libraries PlcFleet has no declarations for, in declaration order, each once.</summary>
    public IReadOnlyList<string> Absent =>
        [.. Declared.Where(name => LibraryCatalog.Find(name) is null).Distinct(StringComparer.OrdinalIgnoreCase)];
}
