using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Programs.Signals;

/// <summary>
/// Resolves the names scenario files use for a program's signals, as an ST engineer would write them: a variable
/// (<c>Start_PB</c>), a global qualified by its list (<c>GVL.Start_PB</c>), an instance member (<c>tonRunOut.Q</c>),
/// an element or field (<c>Zones[2]</c>, <c>Drive.Speed</c>, when the instance exposes them) and a direct address
/// (<c>%IX0.1</c>, <c>%I0.1</c>, or the address a variable is declared <c>AT</c>). Case-insensitive, as ST is.
/// </summary>
public sealed class SignalResolver
{
    private readonly IProgramInstance _instance;
    private readonly SignalDirectory _directory;
    private readonly Dictionary<string, SignalInfo> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SignalInfo> _byAddress = new(StringComparer.Ordinal);

    public SignalResolver(IProgramInstance instance, SignalDirectory? directory = null)
    {
        _instance = instance;
        _directory = directory ?? SignalDirectory.Empty;
        foreach (var signal in instance.Signals)
        {
            _byName.TryAdd(Canonical(signal.Name), signal);
            if (DirectAddress.Normalize(signal.Name) is { } address)
            {
                _byAddress.TryAdd(address, signal);
            }
        }

        foreach (var (address, variable) in _directory.Addresses)
        {
            if (_byName.TryGetValue(variable, out var signal))
            {
                _byAddress.TryAdd(address, signal);
            }
        }
    }

    public SignalDirectory Directory => _directory;

    public SignalLookup Resolve(string written)
    {
        var name = Canonical(written);
        if (_byName.TryGetValue(name, out var signal))
        {
            return SignalLookup.Of(signal);
        }

        if (DirectAddress.IsAddress(name))
        {
            return DirectAddress.Normalize(name) is { } address && _byAddress.TryGetValue(address, out var atAddress)
                ? SignalLookup.Of(atAddress)
                : SignalLookup.Missing($"{_instance.Name} has no signal at '{written}'{Closest(name, s => DirectAddress.IsAddress(s.Name))}");
        }

        // GVL.Speed (and Siemens "GVL".Speed) name the global Speed, which the instance lists unqualified.
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var qualifier = name[..dot];
            var isList = _directory.GlobalLists.Contains(qualifier)
                || !_byName.Keys.Any(k => k.StartsWith(qualifier + ".", StringComparison.OrdinalIgnoreCase));
            if (isList && _byName.TryGetValue(name[(dot + 1)..], out var global))
            {
                return SignalLookup.Of(global);
            }
        }

        return SignalLookup.Missing($"{_instance.Name} has no signal '{written}'{Closest(name, _ => true)}");
    }

    /// <summary>The spelling signals are indexed by: no blanks (<c>Zones[ 2 ]</c>) and no Siemens quotes (<c>"GVL".x</c>).</summary>
    public static string Canonical(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '"'));

    private string Closest(string name, Func<SignalInfo, bool> candidate)
    {
        if (EditDistance.Closest(name, _instance.Signals.Where(candidate).Select(s => s.Name)) is not { } best)
        {
            return string.Empty;
        }

        return EditDistance.IsLikelyTypo(name, best.Distance) ? $" (did you mean '{best.Name}'?)" : $" (the closest signal is '{best.Name}')";
    }
}
