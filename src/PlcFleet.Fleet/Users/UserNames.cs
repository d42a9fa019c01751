using System.Text.RegularExpressions;

namespace PlcFleet.Fleet.Users;

/// <summary>
/// User names are identifiers in the audit trail, not display text: letters, digits, '.', '_' and '-', at most 64
/// characters, starting with a letter or digit. Markup, spaces and control characters have no business in them.
/// </summary>
public static partial class UserNames
{
    public const int MaxLength = 64;

    public static bool IsValid(string name) => name.Length <= MaxLength && Allowed().IsMatch(name);

    public static string Rule => $"a user name is 1 to {MaxLength} letters, digits, '.', '_' or '-', starting with a letter or digit";

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd}._-]*$")]
    private static partial Regex Allowed();
}
