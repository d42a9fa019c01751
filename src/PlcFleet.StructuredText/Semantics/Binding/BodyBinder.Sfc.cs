using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>
/// Lowers a textual SFC body to the statements one scan of it performs (the order of the IEC reference runtime
/// matiec): on the first scan the initial steps become active; every transition is evaluated on the same state (a
/// step with several outgoing transitions gives way to the first one written); the transitions that fire deactivate
/// their source steps and activate their targets; each step's T counts while it is active; then the action flags are
/// formed from the qualifiers (N, S, R, P, P1, P0) and every action runs while active plus one final scan after.
/// Timed qualifiers (L, D, SD, DS, SL) are kept as <see cref="BoundSfcTimedAction"/>, which the simulator refuses.
/// </summary>
internal sealed partial class BodyBinder
{
    private static readonly HashSet<string> TimedQualifiers = new(["L", "D", "SD", "DS", "SL"], StringComparer.OrdinalIgnoreCase);

    private List<BoundStatement> BindSfc(IReadOnlyList<StatementSyntax> body)
    {
        var result = new List<BoundStatement>();
        if (_pou is null || !body.Any(s => s is SfcStepSyntax))
        {
            return result;
        }

        var steps = body.OfType<SfcStepSyntax>().Where(s => !s.Name.IsMissing).ToList();
        var transitions = body.OfType<SfcTransitionSyntax>().ToList();

        // First scan: the initial step becomes active. IEC 61131-3 asks for exactly one per chart.
        var initialSteps = steps.Where(s => s.IsInitial).ToList();
        if (initialSteps.Count != 1)
        {
            Report(SemanticDiagnosticCodes.SfcInitialStep, initialSteps.Count > 1 ? initialSteps[1] : steps[0], _pou.Name, initialSteps.Count);
        }

        var first = initialSteps.FirstOrDefault() ?? steps[0];
        var initial = Hidden(first, SfcNames.Initialized);
        var activate = initialSteps.Select(s => Assign(s, StepFlag(s, s.Name), True(s))).ToList();

        activate.Add(Assign(first, initial, True(first)));
        result.Add(If(first, Not(first, initial), activate));

        // Transitions: all evaluated on the state before any of them fires.
        var fires = new List<BoundExpression>();
        for (var i = 0; i < transitions.Count; i++)
        {
            var transition = transitions[i];
            BoundExpression condition = BindCondition(transition.Condition, "TRANSITION");
            foreach (var source in transition.From.Names)
            {
                condition = And(transition, StepFlag(transition, source), condition);
            }

            // A divergence: an earlier transition out of the same step has priority.
            for (var j = 0; j < i; j++)
            {
                if (SharesSource(transitions[j], transition))
                {
                    condition = And(transition, condition, Not(transition, fires[j]));
                }
            }

            var fire = Hidden(transition, SfcNames.Fires(i));
            fires.Add(fire);
            result.Add(Assign(transition, fire, condition));
        }

        for (var i = 0; i < transitions.Count; i++)
        {
            result.Add(If(transitions[i], fires[i], [.. transitions[i].From.Names.Select(s => Assign(transitions[i], StepFlag(transitions[i], s), False(transitions[i])))]));
        }

        for (var i = 0; i < transitions.Count; i++)
        {
            result.Add(If(transitions[i], fires[i], [.. transitions[i].To.Names.Select(s => Assign(transitions[i], StepFlag(transitions[i], s), True(transitions[i])))]));
        }

        foreach (var step in steps)
        {
            result.AddRange(StepTime(step));
        }

        result.AddRange(BindSfcActions(steps));

        foreach (var step in steps)
        {
            result.Add(Assign(step, Hidden(step, SfcNames.WasActive(Names.Of(step.Name))), StepFlag(step, step.Name)));
        }

        return result;
    }

    /// <summary>T#0s at activation, then the time the step has been active; kept after deactivation (IEC).</summary>
    private List<BoundStatement> StepTime(SfcStepSyntax step)
    {
        var timer = Hidden(step, SfcNames.StepTimer(Names.Of(step.Name)));
        if (timer.Type.Underlying is not FunctionBlockType ton)
        {
            return [];
        }

        var active = StepFlag(step, step.Name);
        var longest = new BoundLiteral(step, DurationValue.FromMilliseconds(int.MaxValue), false);
        var call = new BoundFbCall(step, timer, ton, null,
        [
            new BoundArgument(step, "IN", _context.Members.FindMember(ton, "IN"), ArgumentDirection.Input, active),
            new BoundArgument(step, "PT", _context.Members.FindMember(ton, "PT"), ArgumentDirection.Input, longest),
        ]);
        var elapsed = new BoundMember(step, timer, _context.Members.FindMember(ton, "ET")!);
        var stepTime = new BoundMember(step, Hidden(step, Names.Of(step.Name)), _context.Members.FindMember(Hidden(step, Names.Of(step.Name)).Type, "T")!);
        return [call, If(step, StepFlag(step, step.Name), [new BoundAssignment(step, stepTime, elapsed)])];
    }

    private List<BoundStatement> BindSfcActions(List<SfcStepSyntax> steps)
    {
        var result = new List<BoundStatement>();
        var byAction = steps.SelectMany(s => s.Associations.Select(a => (Step: s, Association: a)))
            .GroupBy(x => Names.Of(x.Association.ActionName), StringComparer.OrdinalIgnoreCase);
        foreach (var group in byAction)
        {
            var anchor = group.First().Association;
            var active = Hidden(anchor, SfcNames.ActionActive(group.Key));
            var stored = Hidden(anchor, SfcNames.ActionStored(group.Key));
            BoundExpression? level = null;
            BoundExpression? reset = null;
            foreach (var (step, association) in group)
            {
                var qualifier = QualifierOf(association);
                var x = StepFlag(association, step.Name);
                var wasActive = Hidden(association, SfcNames.WasActive(Names.Of(step.Name)));
                switch (qualifier.ToUpperInvariant())
                {
                    case "N":
                        level = Or(association, level, x);
                        break;
                    case "S" or "S0":
                        result.Add(If(association, x, [Assign(association, stored, True(association))]));
                        break;
                    case "R":
                        result.Add(If(association, x, [Assign(association, stored, False(association))]));
                        reset = Or(association, reset, x);
                        break;
                    case "P" or "P1":
                        level = Or(association, level, And(association, x, Not(association, wasActive)));
                        break;
                    case "P0":
                        level = Or(association, level, And(association, Not(association, x), wasActive));
                        break;
                    case var timed when TimedQualifiers.Contains(timed):
                        result.Add(new BoundSfcTimedAction(association, qualifier));
                        break;
                    default:
                        Report(SemanticDiagnosticCodes.OperatorMismatch, association,
                            $"'{qualifier}' is not an action qualifier; use N, S, R, P, P0, P1, L, D, SD, DS or SL");
                        break;
                }
            }

            BoundExpression q = Or(anchor, level, stored)!;
            if (reset is not null)
            {
                q = And(anchor, q, Not(anchor, reset));
            }

            result.Add(Assign(anchor, active, q));
            result.AddRange(RunAction(anchor, group.Key, active));
        }

        return result;
    }

    /// <summary>An ACTION runs while active and once more after (its final scan); a BOOL variable follows the flag.</summary>
    private List<BoundStatement> RunAction(SfcActionAssociationSyntax anchor, string name, BoundExpression active)
    {
        if (_pou!.FindMember(name) is { Kind: PouKind.Action } action)
        {
            var wasActive = Hidden(anchor, SfcNames.ActionWasActive(name));
            var call = new BoundCallStatement(anchor, new BoundCall(anchor, action, null, [], action.ReturnType ?? ErrorType.Instance));
            return [If(anchor, Or(anchor, active, wasActive)!, [call]), Assign(anchor, wasActive, active)];
        }

        if ((LookupVariable(name) ?? Globals.FindVariable(name)) is { } variable)
        {
            if (!variable.Type.IsError && variable.Type.Underlying != ElementaryType.Bool)
            {
                Report(SemanticDiagnosticCodes.OperatorMismatch, anchor, $"the action '{name}' is a variable of type {variable.Type.Name}; only a BOOL can follow a step");
                return [];
            }

            var target = BindVariable(anchor, variable, VariableUsage.Written);
            return [new BoundAssignment(anchor, target, active)];
        }

        Report(SemanticDiagnosticCodes.UndeclaredName, anchor.ActionName, name);
        return [];
    }

    private static string QualifierOf(SfcActionAssociationSyntax association) =>
        association.Qualifier is { Arguments.Count: > 0 } list && list.Arguments[0].Value is IdentifierNameSyntax name ? name.Identifier.Text : "N";

    private static bool SharesSource(SfcTransitionSyntax a, SfcTransitionSyntax b) =>
        a.From.Names.Any(x => b.From.Names.Any(y => string.Equals(Names.Of(x), Names.Of(y), StringComparison.OrdinalIgnoreCase)));

    private BoundExpression StepFlag(SyntaxNode syntax, SyntaxToken step)
    {
        var name = Names.Of(step);
        if (_pou!.FindOwnVariable(name) is not { Type: StructType stepType, Declaration: SfcStepSyntax } variable)
        {
            Report(SemanticDiagnosticCodes.UndeclaredName, step, name);
            return new BoundError(syntax, []);
        }

        return new BoundMember(syntax, new BoundVariable(syntax, variable), _context.Members.FindMember(stepType, "X")!);
    }

    private BoundExpression Hidden(SyntaxNode syntax, string name) =>
        _pou!.FindOwnVariable(name) is { } variable ? new BoundVariable(syntax, variable) : new BoundError(syntax, []);

    private static BoundStatement Assign(SyntaxNode syntax, BoundExpression target, BoundExpression value) => new BoundAssignment(syntax, target, value);

    private static BoundStatement If(SyntaxNode syntax, BoundExpression condition, List<BoundStatement> statements) =>
        new BoundIf(syntax, [new BoundConditionalBranch(syntax, condition, statements)], null);

    private static BoundExpression True(SyntaxNode syntax) => new BoundLiteral(syntax, new BoolValue(true), false);

    private static BoundExpression False(SyntaxNode syntax) => new BoundLiteral(syntax, new BoolValue(false), false);

    private static BoundExpression Not(SyntaxNode syntax, BoundExpression operand) =>
        new BoundUnary(syntax, UnaryOperator.Not, operand, ElementaryType.Bool, null);

    private static BoundExpression And(SyntaxNode syntax, BoundExpression left, BoundExpression right) =>
        new BoundBinary(syntax, BinaryOperator.And, left, right, ElementaryType.Bool, ElementaryType.Bool, null);

    private static BoundExpression? Or(SyntaxNode syntax, BoundExpression? left, BoundExpression? right) =>
        left is null ? right : right is null ? left : new BoundBinary(syntax, BinaryOperator.Or, left, right, ElementaryType.Bool, ElementaryType.Bool, null);
}
