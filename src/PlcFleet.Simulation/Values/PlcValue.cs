using System.Globalization;

namespace PlcFleet.Simulation.Values;

/// <summary>
/// One elementary value crossing the simulator boundary (set an input, read an output, compare in a test).
/// Integers keep their IEC type so they format and range-check correctly; TIME is held in nanoseconds.
/// </summary>
public readonly struct PlcValue : IEquatable<PlcValue>
{
    private readonly long _integer;
    private readonly double _real;
    private readonly string? _text;
    private readonly PlcType? _type;

    private PlcValue(PlcType type, long integer, double real, string? text)
    {
        _type = type;
        _integer = integer;
        _real = real;
        _text = text;
    }

    public static PlcValue True { get; } = FromBool(true);

    public static PlcValue False { get; } = FromBool(false);

    /// <summary>The IEC type; a default-constructed value is a BOOL FALSE.</summary>
    public PlcType Type => _type ?? PlcType.Bool;

    public PlcValueKind Kind => Type.Kind;

    public bool AsBool => Kind switch
    {
        PlcValueKind.Bool or PlcValueKind.Integer or PlcValueKind.Time => _integer != 0,
        PlcValueKind.Real => _real != 0,
        _ => !string.IsNullOrEmpty(_text),
    };

    public long AsInteger => Kind == PlcValueKind.Real ? (long)Math.Round(_real, MidpointRounding.ToEven) : _integer;

    public double AsReal => Kind == PlcValueKind.Real ? _real : _integer;

    public long AsNanoseconds => AsInteger;

    public TimeSpan AsTimeSpan => IecTime.FromNanoseconds(_integer);

    public string AsString => _text ?? string.Empty;

    public static PlcValue FromBool(bool value) => new(PlcType.Bool, value ? 1 : 0, 0, null);

    /// <summary>An integer of the given type; values outside the type's range wrap as the PLC's arithmetic does.</summary>
    public static PlcValue FromInteger(long value, PlcType? type = null)
    {
        type ??= PlcType.DInt;
        if (type.Kind != PlcValueKind.Integer)
        {
            throw new ArgumentException($"{type} is not an integer type", nameof(type));
        }

        return new PlcValue(type, Wrap(value, type), 0, null);
    }

    public static PlcValue FromReal(double value, PlcType? type = null)
    {
        type ??= PlcType.LReal;
        return new PlcValue(type, 0, type == PlcType.Real ? (float)value : value, null);
    }

    public static PlcValue FromTime(TimeSpan value) => new(PlcType.Time, IecTime.ToNanoseconds(value), 0, null);

    public static PlcValue FromNanoseconds(long nanoseconds, PlcType? type = null) => new(type ?? PlcType.Time, nanoseconds, 0, null);

    public static PlcValue FromString(string value, PlcType? type = null) => new(type ?? PlcType.String, 0, 0, value);

    /// <summary>The type's initial value (FALSE, 0, 0.0, T#0s, '').</summary>
    public static PlcValue DefaultOf(PlcType type) => type.Kind switch
    {
        PlcValueKind.Bool => False,
        PlcValueKind.Integer => FromInteger(0, type),
        PlcValueKind.Real => FromReal(0, type),
        PlcValueKind.Time => FromNanoseconds(0, type),
        _ => FromString(string.Empty, type),
    };

    /// <summary>
    /// Parses a scenario scalar as a value of <paramref name="type"/>: TRUE/FALSE (or 1/0), integers (decimal,
    /// 16#FF, 2#1010, INT#5), reals, durations (250ms, T#1s) and strings (quoted or bare).
    /// </summary>
    public static bool TryParse(string text, PlcType type, out PlcValue value, out string error)
    {
        value = DefaultOf(type);
        error = string.Empty;
        var s = text.Trim();
        switch (type.Kind)
        {
            case PlcValueKind.Bool:
                switch (s.ToUpperInvariant())
                {
                    case "TRUE" or "1" or "BOOL#TRUE" or "BOOL#1":
                        value = True;
                        return true;
                    case "FALSE" or "0" or "BOOL#FALSE" or "BOOL#0":
                        value = False;
                        return true;
                    default:
                        error = $"'{text}' is not a BOOL (use TRUE or FALSE)";
                        return false;
                }

            case PlcValueKind.Integer:
                if (!TryParseInteger(s, out var integer))
                {
                    error = $"'{text}' is not an {type} value";
                    return false;
                }

                if (integer < type.MinInteger || integer > type.MaxInteger)
                {
                    error = $"{integer} is outside the range of {type} ({type.MinInteger}..{type.MaxInteger})";
                    return false;
                }

                value = FromInteger(integer, type);
                return true;

            case PlcValueKind.Real:
                var realText = StripTypePrefix(s).Replace("_", string.Empty, StringComparison.Ordinal);
                if (!double.TryParse(realText, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
                {
                    error = $"'{text}' is not a {type} value";
                    return false;
                }

                value = FromReal(real, type);
                return true;

            case PlcValueKind.Time:
                if (!IecTime.TryParse(s, out long ns, out var timeError))
                {
                    error = timeError;
                    return false;
                }

                value = FromNanoseconds(ns, type);
                return true;

            default:
                if (s.Length >= 2 && ((s[0] == '\'' && s[^1] == '\'') || (s[0] == '"' && s[^1] == '"')))
                {
                    s = s[1..^1].Replace("$'", "'", StringComparison.Ordinal).Replace("$$", "$", StringComparison.Ordinal);
                }
                else
                {
                    s = text;
                }

                value = FromString(s, type);
                return true;
        }
    }

    /// <summary>Converts to another type the way an assignment in ST would (used for renamed/retyped signals).</summary>
    public PlcValue ConvertTo(PlcType target)
    {
        if (target == Type)
        {
            return this;
        }

        return target.Kind switch
        {
            PlcValueKind.Bool => FromBool(AsBool),
            PlcValueKind.Integer => FromInteger(AsInteger, target),
            PlcValueKind.Real => FromReal(AsReal, target),
            PlcValueKind.Time => FromNanoseconds(AsInteger, target),
            _ => FromString(Kind == PlcValueKind.String ? AsString : ToString(), target),
        };
    }

    /// <summary>Equality of meaning across types: INT 5 equals DINT 5; REAL compares with a relative tolerance.</summary>
    public bool SameValueAs(PlcValue other)
    {
        if (Kind == PlcValueKind.Real || other.Kind == PlcValueKind.Real)
        {
            if (Kind is PlcValueKind.String or PlcValueKind.Bool || other.Kind is PlcValueKind.String or PlcValueKind.Bool)
            {
                return false;
            }

            var a = AsReal;
            var b = other.AsReal;
            return a.Equals(b) || Math.Abs(a - b) <= 1e-6 * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
        }

        if (Kind == PlcValueKind.String || other.Kind == PlcValueKind.String)
        {
            return Kind == other.Kind && AsString == other.AsString;
        }

        return Kind == other.Kind && _integer == other._integer;
    }

    public bool Equals(PlcValue other) => Type == other.Type && _integer == other._integer && _real.Equals(other._real) && AsString == other.AsString;

    public override bool Equals(object? obj) => obj is PlcValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Type, _integer, _real, AsString);

    public static bool operator ==(PlcValue left, PlcValue right) => left.Equals(right);

    public static bool operator !=(PlcValue left, PlcValue right) => !left.Equals(right);

    /// <summary>The IEC literal: <c>TRUE</c>, <c>42</c>, <c>1.5</c>, <c>T#1s500ms</c>, <c>'text'</c>.</summary>
    public override string ToString() => Kind switch
    {
        PlcValueKind.Bool => _integer != 0 ? "TRUE" : "FALSE",
        PlcValueKind.Integer => Type.BitWidth >= 64 && !Type.IsSigned
            ? unchecked((ulong)_integer).ToString(CultureInfo.InvariantCulture)
            : _integer.ToString(CultureInfo.InvariantCulture),
        PlcValueKind.Real => FormatReal(_real),
        PlcValueKind.Time => Type == PlcType.LTime ? "L" + IecTime.Format(_integer) : IecTime.Format(_integer),
        _ => "'" + AsString.Replace("$", "$$", StringComparison.Ordinal).Replace("'", "$'", StringComparison.Ordinal) + "'",
    };

    private static string FormatReal(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static long Wrap(long value, PlcType type)
    {
        if (type.BitWidth >= 64)
        {
            return value;
        }

        var bits = type.BitWidth;
        var mask = (1L << bits) - 1;
        var raw = value & mask;
        return type.IsSigned && (raw & (1L << (bits - 1))) != 0 ? raw - (1L << bits) : raw;
    }

    private static string StripTypePrefix(string s)
    {
        var hash = s.IndexOf('#', StringComparison.Ordinal);
        return hash > 0 && char.IsAsciiLetter(s[0]) ? s[(hash + 1)..] : s;
    }

    private static bool TryParseInteger(string s, out long value)
    {
        value = 0;
        s = StripTypePrefix(s).Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+'))
        {
            s = s[1..];
        }

        var radix = 10;
        var hash = s.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0)
        {
            if (!int.TryParse(s[..hash], NumberStyles.None, CultureInfo.InvariantCulture, out radix) || radix is not (2 or 8 or 10 or 16))
            {
                return false;
            }

            s = s[(hash + 1)..];
        }

        if (s.Length == 0)
        {
            return false;
        }

        try
        {
            var magnitude = radix == 10
                ? (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : throw new FormatException())
                : Convert.ToInt64(s, radix);
            value = negative ? -magnitude : magnitude;
            return true;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
    }
}
