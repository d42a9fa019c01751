using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Declarations;

/// <summary>
/// Textual SFC: each step becomes a variable of the POU with the IEC step flags <c>Step.X</c> (active) and
/// <c>Step.T</c> (time since activation); the body's actions become actions of the POU; the chart's state (first scan,
/// transitions that fire, action flags, step timers) lives in hidden variables named <see cref="SfcNames"/>.
/// The body binder lowers the chart to ordinary statements over these, so every analysis and the simulator run it.
/// </summary>
internal sealed partial class DeclarationBinder
{
    private StructType? _stepType;

    private void DeclareSfc(PouSymbol pou, IReadOnlyList<StatementSyntax> statements, Dialect dialect)
    {
        if (!statements.Any(s => s is SfcStepSyntax))
        {
            return;
        }

        AddHidden(pou, SfcNames.Initialized, ElementaryType.Bool, null);
        var transitionIndex = 0;
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case SfcStepSyntax step when !step.Name.IsMissing:
                    var name = Names.Of(step.Name);
                    // No name token: the chart, not the engineer, reads and writes the step, so it is never "unused".
                    var variable = new VariableSymbol(name, VariableStorage.Local, step, null, pou, false, null) { Type = StepType() };
                    if (!pou.TryAddVariable(variable))
                    {
                        ReportDuplicate("step", step.Name, pou.FindOwnVariable(name)?.NameToken);
                        break;
                    }

                    AddHidden(pou, SfcNames.StepTimer(name), StepTimerType(dialect), step);
                    AddHidden(pou, SfcNames.WasActive(name), ElementaryType.Bool, step);
                    break;
                case SfcTransitionSyntax transition:
                    AddHidden(pou, SfcNames.Fires(transitionIndex++), ElementaryType.Bool, transition);
                    break;
                case SfcActionSyntax action:
                    DeclarePou(action.Declaration, action.Declaration.Name, PouKind.Action, pou, dialect, [], action.Declaration.Statements);
                    break;
            }
        }

        foreach (var association in statements.OfType<SfcStepSyntax>().SelectMany(s => s.Associations))
        {
            var action = Names.Of(association.ActionName);
            if (pou.FindOwnVariable(SfcNames.ActionActive(action)) is null)
            {
                AddHidden(pou, SfcNames.ActionActive(action), ElementaryType.Bool, association);
                AddHidden(pou, SfcNames.ActionStored(action), ElementaryType.Bool, association);
                AddHidden(pou, SfcNames.ActionWasActive(action), ElementaryType.Bool, association);
            }
        }
    }

    private static void AddHidden(PouSymbol pou, string name, StType type, SyntaxNode? syntax) =>
        pou.TryAddVariable(new VariableSymbol(name, VariableStorage.Local, syntax, null, pou, false, null) { Type = type });

    private StructType StepType()
    {
        if (_stepType is null)
        {
            _stepType = new StructType("SFC_STEP", [new StructField("X", ElementaryType.Bool), new StructField("T", ElementaryType.Time)]);
            foreach (var field in _stepType.DeclaredFields)
            {
                _members.RegisterField(_stepType, new VariableSymbol(field.Name, VariableStorage.Member, null, null, null, false, null) { Type = field.Type });
            }
        }

        return _stepType;
    }

    private static StType StepTimerType(Dialect dialect) =>
        StandardCatalog.TryGetFunctionBlock("TON", out var ton) ? StandardFunctionBlocks.InDialect(ton, dialect) : ErrorType.Instance;
}
