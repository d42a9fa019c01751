using System.CommandLine;
using PlcFleet.Cli.Commands.Review;
using PlcFleet.Fleet.Compliance;

namespace PlcFleet.Cli.Commands.Audit;

/// <summary><c>plcfleet audit verify</c> (is the hash chain intact?) and <c>plcfleet audit export --migration ID</c> (compliance report).</summary>
public static class AuditCommands
{
    public static Command Create()
    {
        var group = new Command("audit", "The hash-chained audit trail: verify it, export compliance reports");
        group.Subcommands.Add(Verify());
        group.Subcommands.Add(Export());
        return group;
    }

    private static Command Verify()
    {
        var work = new FleetWork();
        var command = new Command("verify", "Re-compute every hash; name any record that was edited, removed or reordered");
        work.AddTo(command, withFleet: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, "audit verify");
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var verification = await store.Audit.VerifyAsync(cancellationToken);
            if (verification.IsValid)
            {
                Console.WriteLine($"audit trail intact: {verification.RecordCount} records, head {verification.HeadHash}");
                return ExitCodes.Success;
            }

            Console.WriteLine($"audit trail BROKEN ({verification.RecordCount} records):");
            foreach (var problem in verification.Problems)
            {
                Console.WriteLine($"  {problem.Kind.ToString().ToLowerInvariant()}: {problem.Message}");
            }

            return ExitCodes.Findings;
        });
        return command;
    }

    private static Command Export()
    {
        var migration = new Option<string>("--migration") { Description = "Migration id", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for the report files (default: the current folder)", DefaultValueFactory = _ => "." };
        var work = new FleetWork();
        var command = new Command("export", "Write the compliance report of one migration as Markdown and HTML") { migration, output };
        work.AddTo(command, withFleet: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, "audit export");
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var report = await new ComplianceReportBuilder(store).BuildAsync(parse.GetValue(migration)!, cancellationToken);
            if (report.Runs.Count == 0 && report.Changes.Count == 0)
            {
                Console.Error.WriteLine($"plcfleet audit export: nothing recorded for migration '{report.MigrationId}'");
                return ExitCodes.UsageError;
            }

            var folder = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(folder);
            var stem = Path.Combine(folder, $"compliance-{string.Concat(report.MigrationId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'))}");
            await File.WriteAllTextAsync(stem + ".md", ComplianceMarkdownRenderer.Render(report), cancellationToken);
            await File.WriteAllTextAsync(stem + ".html", ComplianceHtmlRenderer.Render(report), cancellationToken);
            Console.WriteLine($"wrote {stem}.md and {stem}.html ({report.Changes.Count} change requests; audit trail {(report.AuditChain.IsValid ? "intact" : "BROKEN")})");
            return report.AuditChain.IsValid ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }
}
