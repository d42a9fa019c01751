using System.Globalization;

namespace PlcFleet.Fleet.Inventory;

/// <summary>
/// A dotted controller firmware version (CODESYS 3.5.17.40, TIA V17). Compared part by part as numbers, so
/// 3.10 is newer than 3.9; missing parts count as zero, so 3.5 equals 3.5.0.
/// </summary>
public sealed class FirmwareVersion : IComparable<FirmwareVersion>, IEquatable<FirmwareVersion>
{
    private readonly int[] _parts;

    private FirmwareVersion(int[] parts, string text)
    {
        _parts = parts;
        Text = text;
    }

    /// <summary>The version as the user wrote it.</summary>
    public string Text { get; }

    public IReadOnlyList<int> Parts => _parts;

    public static bool operator ==(FirmwareVersion? left, FirmwareVersion? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(FirmwareVersion? left, FirmwareVersion? right) => !(left == right);

    public static bool operator <(FirmwareVersion left, FirmwareVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(FirmwareVersion left, FirmwareVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(FirmwareVersion left, FirmwareVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FirmwareVersion left, FirmwareVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Accepts <c>3.5.17</c>, <c>4</c> and a leading <c>V</c> as Siemens writes it (<c>V17</c>).</summary>
    public static bool TryParse(string? text, out FirmwareVersion version)
    {
        version = null!;
        var trimmed = text?.Trim() ?? string.Empty;
        var digits = trimmed.StartsWith('v') || trimmed.StartsWith('V') ? trimmed[1..] : trimmed;
        if (digits.Length == 0)
        {
            return false;
        }

        var pieces = digits.Split('.');
        var parts = new int[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            if (pieces[i].Length == 0 || !pieces[i].All(char.IsAsciiDigit) ||
                !int.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]))
            {
                return false;
            }
        }

        version = new FirmwareVersion(parts, trimmed);
        return true;
    }

    public static FirmwareVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a dotted version");

    public int CompareTo(FirmwareVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var length = Math.Max(_parts.Length, other._parts.Length);
        for (var i = 0; i < length; i++)
        {
            var mine = i < _parts.Length ? _parts[i] : 0;
            var theirs = i < other._parts.Length ? other._parts[i] : 0;
            if (mine != theirs)
            {
                return mine.CompareTo(theirs);
            }
        }

        return 0;
    }

    public bool Equals(FirmwareVersion? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is FirmwareVersion other && Equals(other);

    public override int GetHashCode()
    {
        // Trailing zeros do not change the version (3.5 == 3.5.0), so they must not change the hash.
        var hash = new HashCode();
        var last = _parts.Length - 1;
        while (last > 0 && _parts[last] == 0)
        {
            last--;
        }

        for (var i = 0; i <= last; i++)
        {
            hash.Add(_parts[i]);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => Text;
}
