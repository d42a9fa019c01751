using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

/// <summary>How an IEC type maps onto the simulator's typed slots, and the integer arithmetic of its width.</summary>
internal static class TypeStorage
{
    /// <summary>The .NET type compiled code uses for a value of this type: long, double, or the class holding it.</summary>
    public static Type ClrType(StType type) => Of(type) switch
    {
        StorageClass.Long => typeof(long),
        StorageClass.Real => typeof(double),
        _ => type.Underlying switch
        {
            StringType => typeof(string),
            StructType or InterfaceType => typeof(Frame),
            FunctionBlockType block => StandardBlockBinding.Find(block.Name)?.ClrType ?? typeof(Frame),
            ArrayType => typeof(PlcArray),
            PointerType or ReferenceType => typeof(PlcPointer),
            _ => typeof(object),
        },
    };

    /// <summary>Structs, block instances and arrays are values: assigning one copies it. Interfaces, pointers and strings are not.</summary>
    public static bool IsValueObject(StType type) => type.Underlying is StructType or FunctionBlockType or ArrayType;

    public static StorageClass Of(StType type) => type.Underlying switch
    {
        ElementaryType { IsReal: true } => StorageClass.Real,
        ElementaryType => StorageClass.Long,
        EnumType => StorageClass.Long,
        _ => StorageClass.Object,
    };

    public static bool IsDuration(StType type) => type.Underlying is ElementaryType { Category: TypeCategory.Duration };

    public static bool IsBool(StType type) => type.Underlying is ElementaryType { Kind: ElementaryTypeKind.Bool };

    /// <summary>ULINT and LWORD fill all 64 bits of the long slot: above 2^63 only an unsigned compare orders them.</summary>
    public static bool IsUnsigned64(StType? type) => type?.Underlying is ElementaryType { IsIntegral: true, IsSigned: false, SizeInBits: 64 };

    public static bool IsSinglePrecision(StType type) => type.Underlying is ElementaryType { Kind: ElementaryTypeKind.Real };

    /// <summary>Wraps a result into the type's width (SINT 127 + 1 = -128), as PLC integer arithmetic does.</summary>
    public static long Wrap(long value, StType type)
    {
        var underlying = type.Underlying;
        if (underlying is EnumType enumType)
        {
            underlying = enumType.BaseType;
        }

        if (underlying is not ElementaryType { IsIntegral: true } elementary)
        {
            return value;
        }

        if (elementary.Kind == ElementaryTypeKind.Bool)
        {
            return value != 0 ? 1 : 0;
        }

        var bits = elementary.SizeInBits;
        if (bits >= 64)
        {
            return value;
        }

        var raw = value & ((1L << bits) - 1);
        return elementary.IsSigned && (raw & (1L << (bits - 1))) != 0 ? raw - (1L << bits) : raw;
    }
}
