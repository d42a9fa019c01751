using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// A bound, type-checked initial value of an array or structure ([180, 200, 3(0)], (bOn := TRUE, nSpeed := 50)),
/// nested as declared. Every leaf is a constant of its element or member type, so a loader can apply it without
/// evaluating anything.
/// </summary>
public abstract record InitialAggregate(StType Type);

/// <summary>One element or member value, already converted to its declared type.</summary>
public sealed record InitialScalar(StType Type, ConstantValue Value) : InitialAggregate(Type);

/// <summary>
/// Array elements in storage order (row-major), repetitions expanded. A null element keeps its default; elements
/// past the end of the list keep their defaults too (CODESYS and IEC allow a shorter list).
/// </summary>
public sealed record InitialArray(ArrayType Array, IReadOnlyList<InitialAggregate?> Elements) : InitialAggregate(Array);

/// <summary>The members named in a structure initializer; unnamed members keep their defaults.</summary>
public sealed record InitialStruct(StructType Struct, IReadOnlyList<InitialMember> Members) : InitialAggregate(Struct);

/// <summary>
/// The members named in a function block instance's initializer (tonDoor : TON := (PT := T#2S)): inputs, outputs or
/// VAR of the block; the rest keep the block's own defaults.
/// </summary>
public sealed record InitialBlock(FunctionBlockType Block, IReadOnlyList<InitialMember> Members) : InitialAggregate(Block);

/// <summary>member := value inside an <see cref="InitialStruct"/>.</summary>
public sealed record InitialMember(string Name, InitialAggregate Value);
