using System.Linq.Expressions;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    /// <summary>ADR(x), REF(x) and r REF= x: a pointer to x's slot, made once per place and reused every scan.</summary>
    private Expression AddressOf(BoundExpression operand)
    {
        var place = Place(operand);
        if (place.Storage is null || place.Index is null)
        {
            _generator.Error(operand.Syntax, $"the simulator cannot take the address of '{operand.Syntax.ToString().Trim()}'");
            return E.Constant(null, typeof(PlcPointer));
        }

        var method = place.Storage.Type == typeof(long[]) ? nameof(PointerCache.Long)
            : place.Storage.Type == typeof(double[]) ? nameof(PointerCache.Real)
            : nameof(PointerCache.Object);
        return E.Call(E.Constant(new PointerCache()), method, null, place.Storage, place.Index);
    }

    /// <summary>p^ (or a reference read through): the pointed-to slot; a null pointer faults with the position.</summary>
    private Place Deref(BoundDeref deref)
    {
        if (deref.Pointer is BoundPouReference)
        {
            // THIS^ / SUPER^: the instance itself.
            return new Place(deref.Type, _selfFrame, _ => Unwritable(deref.Syntax));
        }

        var value = Value(deref.Pointer);
        return Through(deref.Type, value.Type == typeof(PlcPointer) ? value : E.Convert(value, typeof(PlcPointer)), deref.Pointer.Syntax.ToString().Trim());
    }

    /// <summary>The slot a pointer (p^, a reference, a VAR_IN_OUT) points at; a null pointer faults naming <paramref name="what"/>.</summary>
    private Place Through(StType type, Expression pointerValue, string what)
    {
        var pointer = E.Variable(typeof(PlcPointer), "pointer");
        var load = E.Assign(pointer, NullChecked(pointerValue, what));
        var storageClass = TypeStorage.Of(type);
        var storage = E.Field(pointer, storageClass switch
        {
            StorageClass.Long => nameof(PlcPointer.L),
            StorageClass.Real => nameof(PlcPointer.D),
            _ => nameof(PlcPointer.O),
        });
        var element = Element(type, storageClass, storage, E.Field(pointer, nameof(PlcPointer.Index)));
        return new Place(type,
            E.Block(element.Read.Type, [pointer], load, element.Read),
            v => E.Block(typeof(void), [pointer], load, element.Write(v)),
            E.Block(storage.Type, [pointer], load, storage),
            E.Block(typeof(int), [pointer], load, E.Field(pointer, nameof(PlcPointer.Index))));
    }
}
