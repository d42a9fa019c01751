using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Rules;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// The programs the differential check has to run: those whose code (or the code of a block or function they use)
/// changed, every program that reads a global such a program writes (and so on), and the programs that write what these
/// read, so their inputs stay exact. A program outside this set runs the same code on the same values before and after,
/// so its outputs cannot differ; leaving it out is what keeps a one-cell change in a 200-cell site fast. Null means
/// "all programs": a change to types, the configuration or a pointer in changed code, where this reasoning does not hold.
/// </summary>
public static class AffectedPrograms
{
    public static IReadOnlySet<string>? Of(SafetyComparison comparison)
    {
        var before = comparison.Before.Model;
        var after = comparison.After.Model;
        if (OtherDeclarations(before) != OtherDeclarations(after))
        {
            return null;
        }

        var changed = before.Pous.Select(p => p.Name).Union(after.Pous.Select(p => p.Name), StringComparer.OrdinalIgnoreCase)
            .Where(name => before.FindPou(name) is not { } old || after.FindPou(name) is not { } @new || RuleKit.Norm(old.Declaration) != RuleKit.Norm(@new.Declaration))
            .Select(name => name.Split('.')[0])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var changedGlobals = before.Globals.Select(g => g.Name).Union(after.Globals.Select(g => g.Name), StringComparer.OrdinalIgnoreCase)
            .Where(name => before.FindGlobal(name) is not { } old || after.FindGlobal(name) is not { } @new || Declared(old) != Declared(@new))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var afterWrites = GlobalWrites(comparison.After);
        var beforeWrites = GlobalWrites(comparison.Before);
        var programs = after.ScanOrder().Select(p => Program.Of(comparison.After, p, afterWrites))
            .Concat(before.ScanOrder().Where(p => after.FindPou(p.Name) is null).Select(p => Program.Of(comparison.Before, p, beforeWrites)))
            .ToList();
        if (programs.Any(p => p.Uses.Overlaps(changed) && p.Aliases))
        {
            return null;
        }

        var affected = programs.Where(p => p.Uses.Overlaps(changed) || p.Mentions.Overlaps(changedGlobals)).ToList();
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var program in programs.Except(affected).ToList())
            {
                if (affected.Any(a => a.Writes.Overlaps(program.Mentions) || a.Uses.Contains(program.Name) || program.Uses.Contains(a.Name)))
                {
                    affected.Add(program);
                    grown = true;
                }
            }
        }

        // The writers of what the affected programs read run too (unchanged), so the values they read stay the plant's.
        var run = affected.ToList();
        foreach (var program in programs.Except(affected))
        {
            if (affected.Any(a => program.Writes.Overlaps(a.Mentions)))
            {
                run.Add(program);
            }
        }

        return run.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The globals each POU writes (root names), by POU (a method's or action's writes count for its block).</summary>
    private static ILookup<string, string> GlobalWrites(SiteAnalysis site) => site.DefUse.Writes
        .Where(w => w.Target.StartsWith("global.", StringComparison.Ordinal))
        .ToLookup(w => w.Pou.Name.Split('.')[0], w => w.Target["global.".Length..].Split('.', '[')[0], StringComparer.OrdinalIgnoreCase);

    private static string Declared(VariableSymbol v) =>
        $"{v.TypeName}|{v.Address}|{v.IsRetain}|{v.IsConstant}|{v.Initializer}|{string.Join(",", v.Pragmas.Select(p => p.Text))}";

    /// <summary>Types, configurations and anything else that is not a POU or a global variable list, as code text.</summary>
    private static string OtherDeclarations(ProjectModel model) => string.Join("\n", model.Project.Files
        .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
        .SelectMany(f => f.Syntax.Root.Declarations)
        .Where(d => d is not (ProgramDeclarationSyntax or FunctionBlockDeclarationSyntax or FunctionDeclarationSyntax or MethodDeclarationSyntax
            or GlobalVariableListSyntax or OrganizationBlockDeclarationSyntax))
        .Select(d => RuleKit.Norm(d)));

    /// <summary>One program: the POUs it uses (itself, its blocks and functions, other programs it names), the globals it names and writes.</summary>
    private sealed record Program(string Name, HashSet<string> Uses, HashSet<string> Mentions, HashSet<string> Writes, bool Aliases)
    {
        public static Program Of(SiteAnalysis site, PouSymbol program, ILookup<string, string> globalWrites)
        {
            var model = site.Model;
            var uses = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { program.Name };
            var mentions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var aliases = false;
            var queue = new Queue<PouSymbol>([program]);
            while (queue.Count > 0)
            {
                var pou = queue.Dequeue();
                foreach (var token in pou.Declaration.DescendantTokens())
                {
                    aliases |= token.Kind == SyntaxKind.RefAssignToken || token.Text.Equals("ADR", StringComparison.OrdinalIgnoreCase)
                        || token.Text.Equals("POINTER", StringComparison.OrdinalIgnoreCase) || token.Text.Equals("REFERENCE", StringComparison.OrdinalIgnoreCase);
                    if (token.Kind != SyntaxKind.IdentifierToken)
                    {
                        continue;
                    }

                    if (model.FindGlobal(token.Text) is not null)
                    {
                        mentions.Add(token.Text);
                    }

                    if (model.FindPou(token.Text) is { } used && uses.Add(used.Name))
                    {
                        queue.Enqueue(used);
                    }
                }
            }

            var writes = uses.SelectMany(u => globalWrites[u]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return new Program(program.Name, uses, mentions, writes, aliases);
        }
    }
}
