using System.CommandLine;
using PlcFleet.Cli.Commands.Migrations;
using PlcFleet.Fleet.ChangeRequests;
using Spectre.Console;

namespace PlcFleet.Cli.Commands.ChangeRequests;

/// <summary><c>plcfleet cr list</c> and <c>plcfleet cr show ID</c>: the change requests the runs produced.</summary>
public static class ChangeRequestCommands
{
    public static Command Create() => new("cr", "Change requests: list, show, approve, reject")
    {
        List(),
        Show(),
    };

    private static Command List()
    {
        var work = MigrationOptions.Work(".plcfleet in the current folder");
        var migration = new Option<string?>("--migration") { Description = "Only change requests of this migration id" };
        var command = new Command("list", "List change requests with site, migration, state and branch") { work, migration };
        command.SetAction(async (parse, token) =>
        {
            var store = WorkStore.OpenExisting(WorkStore.DefaultFolder(parse.GetValue(work)), "cr list");
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var filter = parse.GetValue(migration);
            var all = await store.ListChangeRequestsAsync(cancellationToken: token);
            var shown = all.Where(cr => filter is null || cr.MigrationId == filter).ToList();
            foreach (var cr in shown)
            {
                var evidence = ChangeRequestEvidence.Read(cr.EvidenceJson);
                Console.WriteLine($"{ChangeRequestName.Of(cr.Id),-6} {ChangeRequestName.Of(cr.State),-11} {cr.SiteId,-12} {cr.MigrationId}{(evidence.MigrationVersion == 0 ? "" : $" v{evidence.MigrationVersion}")}  {cr.Branch}  {cr.CommitSha[..Math.Min(10, cr.CommitSha.Length)]}  verification {(evidence.VerificationOutcome.Length == 0 ? "?" : evidence.VerificationOutcome)}, judge {evidence.JudgeDecision ?? "off"}");
            }

            Console.WriteLine($"{shown.Count} change request(s)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "The change request: 3 or CR-3" };
        var work = MigrationOptions.Work(".plcfleet in the current folder");
        var command = new Command("show", "Show a change request: diff, verification, safety findings, judge verdict, cost") { id, work };
        command.SetAction(async (parse, token) =>
        {
            var text = parse.GetValue(id)!;
            if (!ChangeRequestName.TryParse(text, out var number))
            {
                Console.Error.WriteLine($"plcfleet cr show: '{text}' is not a change request id (e.g. CR-3)");
                return ExitCodes.UsageError;
            }

            var store = WorkStore.OpenExisting(WorkStore.DefaultFolder(parse.GetValue(work)), "cr show");
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var cr = await store.GetChangeRequestAsync(number, token);
            if (cr is null)
            {
                Console.Error.WriteLine($"plcfleet cr show: no change request {ChangeRequestName.Of(number)} in {store.Path}");
                return ExitCodes.UsageError;
            }

            ChangeRequestView.Write(cr, Console.Out, Colour);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Colour only on a terminal that wants it (NO_COLOR and pipes get plain text).</summary>
    public static bool Colour => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Ansi;
}
