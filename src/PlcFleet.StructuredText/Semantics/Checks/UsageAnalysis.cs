using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Checks;

/// <summary>
/// Project-wide variable usage warnings, once all bodies are bound: unused variables, variables written but never
/// read, and variables read but never written. Inputs, outputs, in-outs and I/O-bound globals are interfaces to the
/// outside world and are not judged; neither are variables with an explicit initial value that are only read
/// (a named setting), nor data blocks (written by the HMI).
/// </summary>
internal static class UsageAnalysis
{
    public static void Report(GlobalSymbols globals, IReadOnlyList<PouSymbol> pous, UsageRecorder usage, DiagnosticBag diagnostics)
    {
        foreach (var pou in pous)
        {
            foreach (var variable in pou.Variables)
            {
                if (variable.Storage is VariableStorage.Local or VariableStorage.Temp or VariableStorage.Static)
                {
                    ReportLocal(variable, usage.UsageOf(variable), diagnostics);
                }
            }
        }

        foreach (var variable in globals.Variables)
        {
            if (variable.Storage != VariableStorage.Global || variable.Declaration is DataBlockDeclarationSyntax || variable.IsConstant
                || variable.Address is not null || variable.Initializer is not null || variable.Type.IsError || IsInstance(variable.Type))
            {
                continue;
            }

            if (usage.UsageOf(variable) == VariableUsage.Read)
            {
                ReportAt(diagnostics, SemanticDiagnosticCodes.ReadNeverWritten, variable);
            }
        }
    }

    private static void ReportLocal(VariableSymbol variable, VariableUsage usage, DiagnosticBag diagnostics)
    {
        if (variable.Type.IsError)
        {
            return;
        }

        if (usage == VariableUsage.None)
        {
            ReportAt(diagnostics, SemanticDiagnosticCodes.UnusedVariable, variable);
        }
        else if (usage == VariableUsage.Written && !IsInstance(variable.Type) && variable.Address is null)
        {
            ReportAt(diagnostics, SemanticDiagnosticCodes.WrittenNeverRead, variable);
        }
        else if (usage == VariableUsage.Read && !IsInstance(variable.Type) && !variable.IsConstant && variable.Initializer is null
            && variable.Address is null)
        {
            ReportAt(diagnostics, SemanticDiagnosticCodes.ReadNeverWritten, variable);
        }
    }

    private static bool IsInstance(StType type) => type.Underlying is FunctionBlockType or InterfaceType or PointerType or ReferenceType;

    private static void ReportAt(DiagnosticBag diagnostics, SemanticDiagnosticCode code, VariableSymbol variable)
    {
        if (variable.NameToken is { } token && token.Parent?.SyntaxTree is { } tree)
        {
            diagnostics.Report(code, token, tree.Source, variable.Name);
        }
    }
}
