namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// The classification of one source → target conversion. <see cref="LosesPrecision"/> is set when some source
/// values cannot be represented exactly (DINT → REAL keeps 24 bits; INT → SINT overflows), so the binder can warn.
/// </summary>
public readonly record struct Conversion(ConversionKind Kind, bool LosesPrecision = false)
{
    public static Conversion None { get; } = new(ConversionKind.None);

    public static Conversion Identity { get; } = new(ConversionKind.Identity);

    public bool Exists => Kind != ConversionKind.None;

    /// <summary>Whether an assignment or argument may convert without a <c>*_TO_*</c> call in the given dialect.</summary>
    public bool IsImplicit(ConversionMode mode = ConversionMode.Strict) => Kind switch
    {
        ConversionKind.Identity or ConversionKind.ImplicitWidening => true,
        ConversionKind.Lenient => mode == ConversionMode.Lenient,
        _ => false,
    };
}
