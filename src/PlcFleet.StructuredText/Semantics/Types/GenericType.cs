namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A generic category such as ANY_NUM or ANY_BIT. It is never the type of a variable; standard functions use it for
/// their parameters, and <see cref="Includes"/> says whether a concrete type belongs to it.
/// </summary>
public sealed class GenericType : StType
{
    private GenericType(GenericTypeKind kind, string name, GenericType? parent)
    {
        Kind = kind;
        Name = name;
        Parent = parent;
    }

    public static GenericType Any { get; } = new(GenericTypeKind.Any, "ANY", null);
    public static GenericType AnyDerived { get; } = new(GenericTypeKind.AnyDerived, "ANY_DERIVED", Any);
    public static GenericType AnyElementary { get; } = new(GenericTypeKind.AnyElementary, "ANY_ELEMENTARY", Any);
    public static GenericType AnyMagnitude { get; } = new(GenericTypeKind.AnyMagnitude, "ANY_MAGNITUDE", AnyElementary);
    public static GenericType AnyNum { get; } = new(GenericTypeKind.AnyNum, "ANY_NUM", AnyMagnitude);
    public static GenericType AnyReal { get; } = new(GenericTypeKind.AnyReal, "ANY_REAL", AnyNum);
    public static GenericType AnyInt { get; } = new(GenericTypeKind.AnyInt, "ANY_INT", AnyNum);
    public static GenericType AnySigned { get; } = new(GenericTypeKind.AnySigned, "ANY_SIGNED", AnyInt);
    public static GenericType AnyUnsigned { get; } = new(GenericTypeKind.AnyUnsigned, "ANY_UNSIGNED", AnyInt);
    public static GenericType AnyDuration { get; } = new(GenericTypeKind.AnyDuration, "ANY_DURATION", AnyMagnitude);
    public static GenericType AnyBit { get; } = new(GenericTypeKind.AnyBit, "ANY_BIT", AnyElementary);
    public static GenericType AnyChars { get; } = new(GenericTypeKind.AnyChars, "ANY_CHARS", AnyElementary);
    public static GenericType AnyString { get; } = new(GenericTypeKind.AnyString, "ANY_STRING", AnyChars);
    public static GenericType AnyChar { get; } = new(GenericTypeKind.AnyChar, "ANY_CHAR", AnyChars);
    public static GenericType AnyDate { get; } = new(GenericTypeKind.AnyDate, "ANY_DATE", AnyElementary);

    public static IReadOnlyList<GenericType> All { get; } =
    [
        Any, AnyDerived, AnyElementary, AnyMagnitude, AnyNum, AnyReal, AnyInt, AnySigned, AnyUnsigned,
        AnyDuration, AnyBit, AnyChars, AnyString, AnyChar, AnyDate,
    ];

    public GenericTypeKind Kind { get; }

    public override string Name { get; }

    /// <summary>The next wider category (ANY_INT → ANY_NUM); null for ANY.</summary>
    public GenericType? Parent { get; }

    public static bool TryLookup(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GenericType? type)
    {
        type = All.FirstOrDefault(g => SameName(g.Name, name));
        return type is not null;
    }

    /// <summary>True when this category is <paramref name="other"/> or lies inside it (ANY_INT is within ANY_NUM).</summary>
    public bool IsWithin(GenericType other) => Equals(other) || (Parent?.IsWithin(other) ?? false);

    /// <summary>
    /// Whether a concrete type belongs to this category. Aliases and subranges count as their base type, so a
    /// <c>MotorSpeed : INT</c> is ANY_INT; the error type belongs everywhere so that it never adds a diagnostic.
    /// </summary>
    public bool Includes(StType type)
    {
        switch (type)
        {
            case ErrorType:
                return true;
            case GenericType g:
                return g.IsWithin(this);
            case AliasType or SubrangeType when Kind != GenericTypeKind.AnyDerived:
                return Includes(type.Underlying);
        }

        var leaf = LeafCategoryOf(type);
        return leaf is not null && leaf.IsWithin(this);
    }

    /// <summary>The narrowest category a concrete type belongs to.</summary>
    public static GenericType? LeafCategoryOf(StType type) => type switch
    {
        ElementaryType e => e.Category switch
        {
            TypeCategory.Bit => AnyBit,
            TypeCategory.SignedInteger => AnySigned,
            TypeCategory.UnsignedInteger => AnyUnsigned,
            TypeCategory.Real => AnyReal,
            TypeCategory.Duration => AnyDuration,
            TypeCategory.Date => AnyDate,
            TypeCategory.Char => AnyChar,
            _ => AnyString,
        },
        StringType => AnyString,
        GenericType or ErrorType => null,
        _ => AnyDerived,
    };

    public override bool Equals(StType? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => (int)Kind + 1000;
}
