using System.Diagnostics.CodeAnalysis;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Path → value for the symbolic scan, built for a whole site: finding the members of a variable (<c>prg.fb.</c>,
/// <c>prg.arr[</c>) is a lookup rather than a pass over every path, and a branch of an IF runs on the one map with an undo
/// journal (<see cref="Begin"/>/<see cref="Rollback"/>) instead of on a copy, so an IF costs what its branches write, not
/// the size of the site.
/// </summary>
public sealed class JournaledMap<T>
    where T : class
{
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _under = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, T?>> _frames = [];

    public T this[string key]
    {
        get => _values[key];
        set
        {
            Record(key);
            Put(key, value);
        }
    }

    public IEnumerable<KeyValuePair<string, T>> Pairs => _values;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value) => _values.TryGetValue(key, out value);

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public T? GetValueOrDefault(string key) => _values.GetValueOrDefault(key);

    public bool Remove(string key)
    {
        if (!_values.ContainsKey(key))
        {
            return false;
        }

        Record(key);
        Drop(key);
        return true;
    }

    /// <summary>The paths below <paramref name="prefix"/> (which ends in <c>.</c> or <c>[</c>), as a snapshot.</summary>
    public List<string> KeysUnder(string prefix) => _under.TryGetValue(prefix, out var keys) ? [.. keys.Order(StringComparer.Ordinal)] : [];

    /// <summary>Starts recording what changes, to be undone by <see cref="Rollback"/>.</summary>
    public void Begin() => _frames.Add(new Dictionary<string, T?>(StringComparer.Ordinal));

    /// <summary>Undoes everything since the matching <see cref="Begin"/>; returns what it had changed (null: removed).</summary>
    public Dictionary<string, T?> Rollback()
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        var changes = new Dictionary<string, T?>(StringComparer.Ordinal);
        foreach (var (key, old) in frame)
        {
            changes[key] = _values.GetValueOrDefault(key);
            if (old is null)
            {
                Drop(key);
            }
            else
            {
                Put(key, old);
            }
        }

        return changes;
    }

    private void Record(string key)
    {
        if (_frames.Count > 0)
        {
            _frames[^1].TryAdd(key, _values.GetValueOrDefault(key));
        }
    }

    private void Put(string key, T value)
    {
        if (_values.TryAdd(key, value))
        {
            foreach (var prefix in Prefixes(key))
            {
                if (!_under.TryGetValue(prefix, out var keys))
                {
                    _under[prefix] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(key);
            }
        }
        else
        {
            _values[key] = value;
        }
    }

    private void Drop(string key)
    {
        if (_values.Remove(key))
        {
            foreach (var prefix in Prefixes(key))
            {
                _under[prefix].Remove(key);
            }
        }
    }

    private static IEnumerable<string> Prefixes(string key)
    {
        for (var i = 0; i < key.Length - 1; i++)
        {
            if (key[i] is '.' or '[')
            {
                yield return key[..(i + 1)];
            }
        }
    }
}
