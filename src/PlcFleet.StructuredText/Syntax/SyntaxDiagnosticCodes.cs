namespace PlcFleet.StructuredText.Syntax;

/// <summary>The syntax diagnostic codes (ST0001..ST0999); the binder uses ST1000 and up.</summary>
public static class SyntaxDiagnosticCodes
{
    /// <summary>A (* or /* comment is not closed before the end of the file.</summary>
    public const string UnterminatedComment = "ST0001";

    /// <summary>A string literal is not closed before the end of the line.</summary>
    public const string UnterminatedString = "ST0002";

    /// <summary>A { pragma is not closed before the end of the line.</summary>
    public const string UnterminatedPragma = "ST0003";

    /// <summary>A character that Structured Text does not use.</summary>
    public const string InvalidCharacter = "ST0004";

    /// <summary>A number, duration, date or address literal that is malformed (16#, T#5x, %Q).</summary>
    public const string MalformedLiteral = "ST0005";

    /// <summary>An invalid $ escape in a string.</summary>
    public const string InvalidEscape = "ST0006";

    /// <summary>A token the grammar requires here is missing (";" after an assignment, THEN after IF...).</summary>
    public const string ExpectedToken = "ST0010";

    /// <summary>A block is not closed: END_IF, END_VAR, END_FUNCTION_BLOCK... is missing.</summary>
    public const string MissingEnd = "ST0011";

    /// <summary>A token that does not fit here was skipped.</summary>
    public const string UnexpectedToken = "ST0012";

    /// <summary>An expression (value, variable, call) is required here.</summary>
    public const string ExpectedExpression = "ST0013";

    /// <summary>A data type is required here.</summary>
    public const string ExpectedType = "ST0014";

    /// <summary>Text outside any POU, type or variable list was skipped.</summary>
    public const string ExpectedDeclaration = "ST0015";

    /// <summary>A comparison written as a statement (x = 1;), usually a mistyped assignment.</summary>
    public const string ComparisonAsStatement = "ST0016";

    /// <summary>Expressions, statements or types nested deeper than the parser follows (protects against stack overflow).</summary>
    public const string NestingTooDeep = "ST0017";

    /// <summary>A vendor construct used in strict IEC 61131-3 (warning).</summary>
    public const string DialectConstruct = "ST0020";

    /// <summary>END_IF/END_CASE/... without ';' in strict IEC 61131-3 (warning).</summary>
    public const string MissingSemicolonAfterEnd = "ST0021";

    /// <summary>A '(*' inside a comment never closes: the comment is read as not nested (IEC, B&amp;R) — a warning.</summary>
    public const string CommentReadFlat = "ST0022";
}
