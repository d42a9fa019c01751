using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.StructuredText.Semantics;

/// <summary>One semantic diagnostic: its stable code, severity and message template (string.Format placeholders).</summary>
public sealed record SemanticDiagnosticCode(string Code, DiagnosticSeverity Severity, string Template)
{
    public string Format(params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, args);
}

/// <summary>
/// The catalog of binder and type-checker diagnostics. Errors are ST1xxx, warnings ST2xxx. Codes are stable:
/// tools, suppressions and golden files refer to them, so a code is never reused for another meaning.
/// </summary>
public static class SemanticDiagnosticCodes
{
    private static readonly DiagnosticSeverity E = DiagnosticSeverity.Error;
    private static readonly DiagnosticSeverity W = DiagnosticSeverity.Warning;

    public static SemanticDiagnosticCode UndeclaredName { get; } = new("ST1001", E, "'{0}' is not declared");
    public static SemanticDiagnosticCode UnknownMember { get; } = new("ST1002", E, "{0} has no member '{1}'; members are {2}");
    public static SemanticDiagnosticCode UnknownParameter { get; } = new("ST1003", E, "{0}");
    public static SemanticDiagnosticCode ArgumentTypeMismatch { get; } = new("ST1004", E, "{0}");
    public static SemanticDiagnosticCode ArgumentCount { get; } = new("ST1005", E, "{0}");
    public static SemanticDiagnosticCode AssignToConstant { get; } = new("ST1006", E, "'{0}' is a CONSTANT and cannot be written");
    public static SemanticDiagnosticCode AssignToInput { get; } = new("ST1007", E, "'{0}' is a VAR_INPUT of {1}; IEC 61131-3 forbids writing inputs inside the POU");
    public static SemanticDiagnosticCode TypeMismatch { get; } = new("ST1008", E, "cannot assign {0} to '{1}' of type {2}{3}");
    public static SemanticDiagnosticCode ConditionNotBool { get; } = new("ST1009", E, "the condition of {0} must be BOOL, not {1}");
    public static SemanticDiagnosticCode DuplicateDeclaration { get; } = new("ST1010", E, "{0} '{1}' is already declared{2}");
    public static SemanticDiagnosticCode CaseLabelType { get; } = new("ST1011", E, "CASE label {0} of type {1} does not match the selector type {2}");
    public static SemanticDiagnosticCode DuplicateCaseLabel { get; } = new("ST1012", E, "CASE label {0} appears more than once");
    public static SemanticDiagnosticCode NotCallable { get; } = new("ST1013", E, "'{0}' is {1} and cannot be called");
    public static SemanticDiagnosticCode CallOfFunctionBlockType { get; } = new("ST1014", E, "'{0}' is a function block type; declare an instance (inst : {0};) and call the instance");
    public static SemanticDiagnosticCode ExitOutsideLoop { get; } = new("ST1015", E, "EXIT is only allowed inside FOR, WHILE or REPEAT");
    public static SemanticDiagnosticCode ContinueOutsideLoop { get; } = new("ST1016", E, "CONTINUE is only allowed inside FOR, WHILE or REPEAT");
    public static SemanticDiagnosticCode ForVariableNotInteger { get; } = new("ST1017", E, "the FOR variable '{0}' must be an integer, not {1}");
    public static SemanticDiagnosticCode IndexCount { get; } = new("ST1018", E, "'{0}' has {1} dimension{2}, but {3} index{4} given");
    public static SemanticDiagnosticCode IndexOutOfBounds { get; } = new("ST1019", E, "index {0} is outside the bounds [{1}] of '{2}'");
    public static SemanticDiagnosticCode UnknownType { get; } = new("ST1020", E, "type '{0}' is not declared");
    public static SemanticDiagnosticCode InvalidLiteral { get; } = new("ST1021", E, "{0}");
    public static SemanticDiagnosticCode OperatorMismatch { get; } = new("ST1022", E, "{0}");
    public static SemanticDiagnosticCode NotIndexable { get; } = new("ST1023", E, "'{0}' of type {1} is not an array");
    public static SemanticDiagnosticCode UndeclaredLabel { get; } = new("ST1024", E, "label '{0}' is not declared in this POU");
    public static SemanticDiagnosticCode GlobalWithoutExternal { get; } = new("ST1025", E, "global variable '{0}' needs a VAR_EXTERNAL declaration in strict IEC 61131-3");
    public static SemanticDiagnosticCode NotAssignable { get; } = new("ST1026", E, "{0} cannot be assigned to");
    public static SemanticDiagnosticCode NotConstant { get; } = new("ST1027", E, "{0} must be a constant expression");
    public static SemanticDiagnosticCode MissingInOut { get; } = new("ST1028", E, "VAR_IN_OUT '{0}' of {1} must be connected on every call");
    public static SemanticDiagnosticCode NotAStatement { get; } = new("ST1029", E, "this expression does nothing as a statement; only calls can stand alone");
    public static SemanticDiagnosticCode NoMembers { get; } = new("ST1030", E, "{0} of type {1} has no members");
    public static SemanticDiagnosticCode TooManyInitializers { get; } = new("ST1031", E, "too many initial values for '{0}' of type {1}: it has {2} element{3}");
    public static SemanticDiagnosticCode InitializerShape { get; } = new("ST1032", E, "{0} cannot initialize '{1}' of type {2}");
    public static SemanticDiagnosticCode EdgeNotOnBoolInput { get; } = new("ST1041", E, "{0} qualifies only a BOOL VAR_INPUT of a function block or program, not '{1}'");
    public static SemanticDiagnosticCode SfcInitialStep { get; } = new("ST1042", E, "the SFC of {0} must have exactly one INITIAL_STEP; it has {1}");
    public static SemanticDiagnosticCode NoExternalAccess { get; } = new("ST1043", E, "'{0}' is {1} of {2}; from outside the block only its inputs and outputs can be used");
    public static SemanticDiagnosticCode InterfaceNotImplemented { get; } = new("ST1033", E, "{0} implements {1} but has no {2}; a call through {1} would reach nothing");
    public static SemanticDiagnosticCode LibraryNotReferenced { get; } = new("ST1050", E, "'{0}' is not declared; it is in library {1}, which this project does not reference (add it to the .plcproj or to 'libraries:' in plcfleet.yaml)");

    public static SemanticDiagnosticCode UnusedVariable { get; } = new("ST2001", W, "'{0}' is declared but never used");
    public static SemanticDiagnosticCode WrittenNeverRead { get; } = new("ST2002", W, "'{0}' is written but never read");
    public static SemanticDiagnosticCode ReadNeverWritten { get; } = new("ST2003", W, "'{0}' is read but never written; it always holds its initial value");
    public static SemanticDiagnosticCode UnreachableCode { get; } = new("ST2004", W, "unreachable code after {0}");
    public static SemanticDiagnosticCode EmptyBranch { get; } = new("ST2005", W, "empty {0} branch");
    public static SemanticDiagnosticCode SelfAssignment { get; } = new("ST2006", W, "'{0}' is assigned to itself");
    public static SemanticDiagnosticCode AssignToInputLenient { get; } = new("ST2007", W, "'{0}' is a VAR_INPUT of {1}; writing an input inside the POU hides the caller's value");
    public static SemanticDiagnosticCode PrecisionLoss { get; } = new("ST2008", W, "implicit conversion from {0} to {1} may lose precision; use {0}_TO_{1} to make it explicit");
    public static SemanticDiagnosticCode ForVariableAssigned { get; } = new("ST2009", W, "the FOR variable '{0}' is assigned inside the loop");
    public static SemanticDiagnosticCode SignChange { get; } = new("ST2010", W, "implicit conversion from {0} to {1}: possible change of sign; use {0}_TO_{1} to make it explicit");
    public static SemanticDiagnosticCode NameFromAbsentLibrary { get; } = new("ST2050", W, "'{0}' is not declared in the project; taken to come from library {1}, whose declarations PlcFleet does not ship, so its uses are not type-checked");

    public static IReadOnlyList<SemanticDiagnosticCode> All { get; } =
    [
        UndeclaredName, UnknownMember, UnknownParameter, ArgumentTypeMismatch, ArgumentCount, AssignToConstant, AssignToInput,
        TypeMismatch, ConditionNotBool, DuplicateDeclaration, CaseLabelType, DuplicateCaseLabel, NotCallable,
        CallOfFunctionBlockType, ExitOutsideLoop, ContinueOutsideLoop, ForVariableNotInteger, IndexCount, IndexOutOfBounds,
        UnknownType, InvalidLiteral, OperatorMismatch, NotIndexable, UndeclaredLabel, GlobalWithoutExternal, NotAssignable,
        NotConstant, MissingInOut, NotAStatement, NoMembers, TooManyInitializers, InitializerShape, InterfaceNotImplemented,
        EdgeNotOnBoolInput, SfcInitialStep, NoExternalAccess, LibraryNotReferenced,
        UnusedVariable, WrittenNeverRead, ReadNeverWritten, UnreachableCode, EmptyBranch, SelfAssignment,
        AssignToInputLenient, PrecisionLoss, ForVariableAssigned, SignChange, NameFromAbsentLibrary,
    ];
}
