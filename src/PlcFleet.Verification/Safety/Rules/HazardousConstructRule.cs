using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF009: constructs IEC 61508-3 tables restrict in safety code, newly added: pointers and references, dynamic
/// indexing of safety arrays, WHILE/REPEAT loops, jumps, recursion, and writes to inputs.
/// </summary>
public sealed class HazardousConstructRule : ISafetyRule
{
    public string Id => "SAF009";

    public string Title => "hazardous construct in safety code";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var old = Hazards(comparison.Before, comparison, isAfter: false).GroupBy(h => (h.Pou.ToUpperInvariant(), h.Kind)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var group in Hazards(comparison.After, comparison, isAfter: true).GroupBy(h => (h.Pou.ToUpperInvariant(), h.Kind)))
        {
            var known = old.GetValueOrDefault(group.Key);
            foreach (var hazard in group.Skip(known))
            {
                yield return new SafetyFinding(Id, FindingSeverity.Error, hazard.Location, $"{hazard.Kind} in safety code ({hazard.Pou})",
                    $"{hazard.Detail} Safety code must stay analysable: IEC 61508-3 (tables A.3/B.1) rules out or restricts dynamic memory access, "
                    + "unbounded loops, jumps and recursion, and inputs must always show the field device.");
            }
        }
    }

    private static IEnumerable<(string Pou, string Kind, SourceRef Location, string Detail)> Hazards(SiteAnalysis site, SafetyComparison comparison, bool isAfter)
    {
        var callGraph = site.Model.Pous.ToDictionary(p => p.Name, p => RuleKit.Nodes<InvocationExpressionSyntax>(p)
            .Select(c => c.Expression is IdentifierNameSyntax id ? id.Identifier.Text : null).OfType<string>().ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var pou in site.Model.Pous)
        {
            var scope = RuleKit.Scope(site, pou);
            var writes = site.DefUse.Writes.Where(w => w.Pou == pou).ToList();
            var isSafety = (isAfter ? comparison.IsSafetyPou(pou) : site.IsSafetyPou(pou))
                || writes.Any(w => isAfter ? comparison.IsSafety(w.Target) : site.Set.IsSafety(w.Target));
            foreach (var write in writes)
            {
                if (scope.PathOf(write.Node is AssignmentStatementSyntax a ? a.Left : ((ArgumentSyntax)write.Node).Value!) is not null
                    && write.Node is AssignmentStatementSyntax assignment && scope.RootSymbol(assignment.Left) is { IsInputAddress: true } input)
                {
                    yield return (pou.Name, "write to an input", write.Location, $"{input.Name} is bound to {input.Address}; writing it hides the real state of the field device.");
                }
            }

            if (!isSafety)
            {
                continue;
            }

            var pointsIntoSafety = PointsIntoSafety(site, comparison, isAfter, pou, scope);
            foreach (var v in pou.Variables.Where(v => pointsIntoSafety && v.Type is PointerTypeSyntax or ReferenceTypeSyntax))
            {
                yield return (pou.Name, "pointer or reference", v.Location, $"{v.Name} is a {v.TypeName}: aliasing defeats the analysis of what the safety code reads and writes.");
            }

            foreach (var node in pou.Statements.SelectMany(s => s.DescendantNodesAndSelf()))
            {
                switch (node)
                {
                    case WhileStatementSyntax or RepeatStatementSyntax:
                        yield return (pou.Name, "WHILE/REPEAT loop", SourceRef.Of(pou.File, node), "A loop whose end depends on data can overrun the scan and trip the watchdog.");
                        break;
                    case JumpStatementSyntax:
                        yield return (pou.Name, "JMP", SourceRef.Of(pou.File, node), "A jump makes the control flow of the safety logic hard to verify.");
                        break;
                    case DereferenceExpressionSyntax when pointsIntoSafety:
                        yield return (pou.Name, "pointer dereference", SourceRef.Of(pou.File, node), "Reading or writing through a pointer bypasses the declared data flow.");
                        break;
                    case InvocationExpressionSyntax { Expression: IdentifierNameSyntax id } when pointsIntoSafety && id.Identifier.Text.ToUpperInvariant() is "ADR" or "REF" or "__NEW" or "MEMCPY" or "MEMSET":
                        yield return (pou.Name, "pointer or reference", SourceRef.Of(pou.File, node), $"{id.Identifier.Text} takes an address: aliasing defeats the analysis.");
                        break;
                    case ElementAccessExpressionSyntax element when element.Indices.Any(i => i is not LiteralExpressionSyntax)
                        && scope.PathOf(element.Expression) is { } array && (isAfter ? comparison.IsSafety(array) : site.Set.IsSafety(array)):
                        yield return (pou.Name, "dynamic index into a safety array", SourceRef.Of(pou.File, node), $"The index of {element.Expression.ToString().Trim()} is computed at run time; an index out of range reads or overwrites a neighbouring safety signal.");
                        break;
                    case InvocationExpressionSyntax { Expression: IdentifierNameSyntax callee } when Recursive(callGraph, pou.Name, callee.Identifier.Text):
                        yield return (pou.Name, "recursion", SourceRef.Of(pou.File, node), $"{callee.Identifier.Text} calls back into {pou.Name}: stack use is unbounded.");
                        break;
                }
            }
        }
    }

    /// <summary>
    /// Whether the POU's pointers may reach safety data: an address of a safety variable or of anything in a safety cone is
    /// taken, memory is copied or allocated, or a pointer comes in from outside. A pointer to a piece counter is no hazard:
    /// the scan follows it and proves it writes nothing a safety output depends on.
    /// </summary>
    private static bool PointsIntoSafety(SiteAnalysis site, SafetyComparison comparison, bool isAfter, PouSymbol pou, NameScope scope)
    {
        if (pou.Variables.Any(v => v.Section is VarSection.Input or VarSection.InOut or VarSection.External && v.Type is PointerTypeSyntax or ReferenceTypeSyntax))
        {
            return true;
        }

        foreach (var node in pou.Statements.SelectMany(s => s.DescendantNodesAndSelf()))
        {
            var target = node switch
            {
                InvocationExpressionSyntax { Expression: IdentifierNameSyntax fn } call when fn.Identifier.Text.ToUpperInvariant() is "ADR" or "REF" =>
                    call.ArgumentList.Arguments.Count > 0 ? call.ArgumentList.Arguments[0].Value : null,
                InvocationExpressionSyntax { Expression: IdentifierNameSyntax fn } when fn.Identifier.Text.ToUpperInvariant() is "__NEW" or "MEMCPY" or "MEMSET" => null,
                AssignmentStatementSyntax { OperatorToken.Kind: SyntaxKind.RefAssignToken } a => a.Right,
                _ => null,
            };
            if (node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax other } && other.Identifier.Text.ToUpperInvariant() is "__NEW" or "MEMCPY" or "MEMSET")
            {
                return true;
            }

            if (target is null)
            {
                continue;
            }

            if (scope.PathOf(target) is not { } path)
            {
                return true;
            }

            var old = isAfter ? comparison.FormulaRename(path) : path;
            if ((isAfter ? comparison.IsSafety(path) : site.Set.IsSafety(path)) || comparison.BeforeCone.Contains(old))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Recursive(Dictionary<string, List<string>> graph, string start, string callee)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>([callee]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current.Equals(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (seen.Add(current) && graph.TryGetValue(current, out var next))
            {
                foreach (var n in next)
                {
                    queue.Enqueue(n);
                }
            }
        }

        return false;
    }
}
