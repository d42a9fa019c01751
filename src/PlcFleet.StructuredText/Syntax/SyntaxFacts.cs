using System.Collections.Frozen;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>Facts about kinds: keyword spelling, which tokens open statements or declarations, operator precedence.</summary>
public static class SyntaxFacts
{
    private static readonly FrozenDictionary<string, SyntaxKind> Keywords = new Dictionary<string, SyntaxKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["PROGRAM"] = SyntaxKind.ProgramKeyword,
            ["END_PROGRAM"] = SyntaxKind.EndProgramKeyword,
            ["FUNCTION"] = SyntaxKind.FunctionKeyword,
            ["END_FUNCTION"] = SyntaxKind.EndFunctionKeyword,
            ["FUNCTION_BLOCK"] = SyntaxKind.FunctionBlockKeyword,
            ["END_FUNCTION_BLOCK"] = SyntaxKind.EndFunctionBlockKeyword,
            ["METHOD"] = SyntaxKind.MethodKeyword,
            ["END_METHOD"] = SyntaxKind.EndMethodKeyword,
            ["PROPERTY"] = SyntaxKind.PropertyKeyword,
            ["END_PROPERTY"] = SyntaxKind.EndPropertyKeyword,
            ["INTERFACE"] = SyntaxKind.InterfaceKeyword,
            ["END_INTERFACE"] = SyntaxKind.EndInterfaceKeyword,
            ["ACTION"] = SyntaxKind.ActionKeyword,
            ["END_ACTION"] = SyntaxKind.EndActionKeyword,
            ["TYPE"] = SyntaxKind.TypeKeyword,
            ["END_TYPE"] = SyntaxKind.EndTypeKeyword,
            ["STRUCT"] = SyntaxKind.StructKeyword,
            ["END_STRUCT"] = SyntaxKind.EndStructKeyword,
            ["UNION"] = SyntaxKind.UnionKeyword,
            ["END_UNION"] = SyntaxKind.EndUnionKeyword,
            ["VAR"] = SyntaxKind.VarKeyword,
            ["VAR_INPUT"] = SyntaxKind.VarInputKeyword,
            ["VAR_OUTPUT"] = SyntaxKind.VarOutputKeyword,
            ["VAR_IN_OUT"] = SyntaxKind.VarInOutKeyword,
            ["VAR_GLOBAL"] = SyntaxKind.VarGlobalKeyword,
            ["VAR_EXTERNAL"] = SyntaxKind.VarExternalKeyword,
            ["VAR_TEMP"] = SyntaxKind.VarTempKeyword,
            ["VAR_STAT"] = SyntaxKind.VarStatKeyword,
            ["VAR_INST"] = SyntaxKind.VarInstKeyword,
            ["VAR_CONFIG"] = SyntaxKind.VarConfigKeyword,
            ["VAR_ACCESS"] = SyntaxKind.VarAccessKeyword,
            ["END_VAR"] = SyntaxKind.EndVarKeyword,
            ["CONSTANT"] = SyntaxKind.ConstantKeyword,
            ["RETAIN"] = SyntaxKind.RetainKeyword,
            ["PERSISTENT"] = SyntaxKind.PersistentKeyword,
            ["NON_RETAIN"] = SyntaxKind.NonRetainKeyword,
            ["AT"] = SyntaxKind.AtKeyword,
            ["ARRAY"] = SyntaxKind.ArrayKeyword,
            ["OF"] = SyntaxKind.OfKeyword,
            ["STRING"] = SyntaxKind.StringKeyword,
            ["WSTRING"] = SyntaxKind.WstringKeyword,
            ["POINTER"] = SyntaxKind.PointerKeyword,
            ["REFERENCE"] = SyntaxKind.ReferenceKeyword,
            ["TO"] = SyntaxKind.ToKeyword,
            ["IF"] = SyntaxKind.IfKeyword,
            ["THEN"] = SyntaxKind.ThenKeyword,
            ["ELSIF"] = SyntaxKind.ElsifKeyword,
            ["ELSE"] = SyntaxKind.ElseKeyword,
            ["END_IF"] = SyntaxKind.EndIfKeyword,
            ["CASE"] = SyntaxKind.CaseKeyword,
            ["END_CASE"] = SyntaxKind.EndCaseKeyword,
            ["FOR"] = SyntaxKind.ForKeyword,
            ["BY"] = SyntaxKind.ByKeyword,
            ["DO"] = SyntaxKind.DoKeyword,
            ["END_FOR"] = SyntaxKind.EndForKeyword,
            ["WHILE"] = SyntaxKind.WhileKeyword,
            ["END_WHILE"] = SyntaxKind.EndWhileKeyword,
            ["REPEAT"] = SyntaxKind.RepeatKeyword,
            ["UNTIL"] = SyntaxKind.UntilKeyword,
            ["END_REPEAT"] = SyntaxKind.EndRepeatKeyword,
            ["EXIT"] = SyntaxKind.ExitKeyword,
            ["CONTINUE"] = SyntaxKind.ContinueKeyword,
            ["RETURN"] = SyntaxKind.ReturnKeyword,
            ["JMP"] = SyntaxKind.JmpKeyword,
            ["AND"] = SyntaxKind.AndKeyword,
            ["OR"] = SyntaxKind.OrKeyword,
            ["XOR"] = SyntaxKind.XorKeyword,
            ["NOT"] = SyntaxKind.NotKeyword,
            ["MOD"] = SyntaxKind.ModKeyword,
            ["AND_THEN"] = SyntaxKind.AndThenKeyword,
            ["OR_ELSE"] = SyntaxKind.OrElseKeyword,
            ["TRUE"] = SyntaxKind.TrueKeyword,
            ["FALSE"] = SyntaxKind.FalseKeyword,
            ["EXTENDS"] = SyntaxKind.ExtendsKeyword,
            ["IMPLEMENTS"] = SyntaxKind.ImplementsKeyword,
            ["ABSTRACT"] = SyntaxKind.AbstractKeyword,
            ["FINAL"] = SyntaxKind.FinalKeyword,
            ["PUBLIC"] = SyntaxKind.PublicKeyword,
            ["PRIVATE"] = SyntaxKind.PrivateKeyword,
            ["PROTECTED"] = SyntaxKind.ProtectedKeyword,
            ["INTERNAL"] = SyntaxKind.InternalKeyword,
            ["THIS"] = SyntaxKind.ThisKeyword,
            ["SUPER"] = SyntaxKind.SuperKeyword,
            ["CONFIGURATION"] = SyntaxKind.ConfigurationKeyword,
            ["END_CONFIGURATION"] = SyntaxKind.EndConfigurationKeyword,
            ["RESOURCE"] = SyntaxKind.ResourceKeyword,
            ["END_RESOURCE"] = SyntaxKind.EndResourceKeyword,
            ["TASK"] = SyntaxKind.TaskKeyword,
            ["WITH"] = SyntaxKind.WithKeyword,
            ["ORGANIZATION_BLOCK"] = SyntaxKind.OrganizationBlockKeyword,
            ["END_ORGANIZATION_BLOCK"] = SyntaxKind.EndOrganizationBlockKeyword,
            ["DATA_BLOCK"] = SyntaxKind.DataBlockKeyword,
            ["END_DATA_BLOCK"] = SyntaxKind.EndDataBlockKeyword,
            ["END_REGION"] = SyntaxKind.EndRegionKeyword,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Span lookup so the lexer finds keywords without allocating a string per identifier.
    private static readonly FrozenDictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        Keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> DurationPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "T", "TIME", "LT", "LTIME");

    private static readonly FrozenSet<string> DatePrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "D", "DATE", "LD", "LDATE");

    private static readonly FrozenSet<string> TimeOfDayPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "TOD", "TIME_OF_DAY", "LTOD", "LTIME_OF_DAY");

    private static readonly FrozenSet<string> DateAndTimePrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "DT", "DATE_AND_TIME", "LDT", "LDATE_AND_TIME");

    public static SyntaxKind GetKeywordKind(ReadOnlySpan<char> text) =>
        text.Length <= 22 && KeywordLookup.TryGetValue(text, out var kind) ? kind : SyntaxKind.IdentifierToken;

    public static bool IsKeyword(SyntaxKind kind) => kind >= SyntaxKind.ProgramKeyword && kind <= SyntaxKind.EndRegionKeyword;

    public static bool IsToken(SyntaxKind kind) => kind > SyntaxKind.None && kind <= SyntaxKind.EndRegionKeyword;

    public static bool IsTrivia(SyntaxKind kind) => kind >= SyntaxKind.WhitespaceTrivia && kind <= SyntaxKind.SkippedTokensTrivia;

    public static bool IsLiteral(SyntaxKind kind) => kind is >= SyntaxKind.IntegerLiteralToken and <= SyntaxKind.DateAndTimeLiteralToken;

    /// <summary>The literal kind a typed-literal prefix such as T#, DATE# or TOD# introduces, or None.</summary>
    public static SyntaxKind GetDateTimeLiteralKind(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length > 14)
        {
            return SyntaxKind.None;
        }

        var text = prefix.ToString();
        return DurationPrefixes.Contains(text) ? SyntaxKind.DurationLiteralToken
            : DatePrefixes.Contains(text) ? SyntaxKind.DateLiteralToken
            : TimeOfDayPrefixes.Contains(text) ? SyntaxKind.TimeOfDayLiteralToken
            : DateAndTimePrefixes.Contains(text) ? SyntaxKind.DateAndTimeLiteralToken
            : SyntaxKind.None;
    }

    /// <summary>How a kind is written, for messages: keywords in upper case, punctuation as is.</summary>
    public static string GetDisplayText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken => "a name",
        SyntaxKind.IntegerLiteralToken => "an integer",
        SyntaxKind.EndOfFileToken => "end of file",
        SyntaxKind.ColonEqualsToken => "':='",
        SyntaxKind.PlusEqualsToken => "'+='",
        SyntaxKind.MinusEqualsToken => "'-='",
        SyntaxKind.StarEqualsToken => "'*='",
        SyntaxKind.SlashEqualsToken => "'/='",
        SyntaxKind.QuestionEqualsToken => "'?='",
        SyntaxKind.ArrowToken => "'=>'",
        SyntaxKind.SemicolonToken => "';'",
        SyntaxKind.ColonToken => "':'",
        SyntaxKind.CommaToken => "','",
        SyntaxKind.OpenParenToken => "'('",
        SyntaxKind.CloseParenToken => "')'",
        SyntaxKind.OpenBracketToken => "'['",
        SyntaxKind.CloseBracketToken => "']'",
        SyntaxKind.DotDotToken => "'..'",
        SyntaxKind.DirectAddressToken => "a direct address such as %IX0.0",
        _ when IsKeyword(kind) => KeywordText(kind),
        _ => kind.ToString(),
    };

    /// <summary>The upper-case spelling of a keyword kind (EndIfKeyword gives END_IF).</summary>
    public static string KeywordText(SyntaxKind kind) => KeywordTexts.TryGetValue(kind, out var text) ? text : kind.ToString();

    private static readonly FrozenDictionary<SyntaxKind, string> KeywordTexts =
        Keywords.ToFrozenDictionary(pair => pair.Value, pair => pair.Key.ToUpperInvariant());

    internal static IReadOnlyList<SyntaxPragma> CollectPragmas(SyntaxTriviaList trivia)
    {
        List<SyntaxPragma>? pragmas = null;
        foreach (var item in trivia)
        {
            if (item.Kind == SyntaxKind.PragmaTrivia)
            {
                (pragmas ??= []).Add(item.AsPragma()!);
            }
        }

        return pragmas is null ? [] : pragmas;
    }
}
