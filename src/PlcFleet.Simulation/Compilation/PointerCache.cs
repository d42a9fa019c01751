namespace PlcFleet.Simulation.Compilation;

/// <summary>ADR(x) at one place in the code: remembers the last pointer made, so a scan taking an address allocates nothing.</summary>
internal sealed class PointerCache
{
    private PlcPointer? _last;

    public PlcPointer Long(long[] storage, int index) =>
        _last is { } p && ReferenceEquals(p.L, storage) && p.Index == index ? p : _last = new PlcPointer(storage, null, null, index);

    public PlcPointer Real(double[] storage, int index) =>
        _last is { } p && ReferenceEquals(p.D, storage) && p.Index == index ? p : _last = new PlcPointer(null, storage, null, index);

    public PlcPointer Object(object?[] storage, int index) =>
        _last is { } p && ReferenceEquals(p.O, storage) && p.Index == index ? p : _last = new PlcPointer(null, null, storage, index);
}
