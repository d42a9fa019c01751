namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// A function of the IEC 61131-3 standard library (or, when <see cref="IsVendorExtension"/>, one CODESYS/TwinCAT add
/// that field code relies on), with its overloads. Look one up with <see cref="StandardCatalog.TryGetFunction"/>
/// and pick the overload for a call with <see cref="FunctionResolver.Resolve"/>.
/// </summary>
public sealed class StandardFunction
{
    public StandardFunction(string name, FunctionGroup group, IEnumerable<FunctionSignature> signatures, bool isVendorExtension = false)
    {
        Name = name;
        Group = group;
        Signatures = [.. signatures];
        IsVendorExtension = isVendorExtension;
        if (Signatures.Count == 0)
        {
            throw new ArgumentException($"{name} needs at least one signature.", nameof(signatures));
        }
    }

    public StandardFunction(string name, FunctionGroup group, FunctionSignature signature, bool isVendorExtension = false)
        : this(name, group, [signature], isVendorExtension)
    {
    }

    public string Name { get; }

    public FunctionGroup Group { get; }

    public IReadOnlyList<FunctionSignature> Signatures { get; }

    public bool IsVendorExtension { get; }

    public bool IsExtensible => Signatures.Any(s => s.Extensible is not null);

    public override string ToString() => string.Join(" | ", Signatures.Select(s => s.Describe(Name)));
}
