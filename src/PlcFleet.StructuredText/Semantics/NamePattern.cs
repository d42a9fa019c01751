using System.Text.RegularExpressions;

namespace PlcFleet.StructuredText.Semantics;

/// <summary>A name or a wildcard pattern (<c>*EStop*</c>, <c>Guard_?</c>), matched case-insensitively like IEC names.</summary>
public sealed class NamePattern
{
    private readonly Regex _regex;

    public NamePattern(string text)
    {
        Text = text;
        _regex = new Regex("^" + Regex.Escape(text).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public string Text { get; }

    public bool Matches(string name) => _regex.IsMatch(name);

    public override string ToString() => Text;
}
