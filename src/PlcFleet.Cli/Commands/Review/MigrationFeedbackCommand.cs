using System.CommandLine;
using PlcFleet.Fleet.Review;

namespace PlcFleet.Cli.Commands.Review;

/// <summary><c>plcfleet migration feedback ID</c>: rejection reasons and agent debriefs per prompt version.</summary>
public static class MigrationFeedbackCommand
{
    public static void AttachTo(RootCommand root)
    {
        var group = root.Subcommands.FirstOrDefault(c => c.Name == "migration");
        if (group is null)
        {
            group = new Command("migration", "Migrations: prompts run over the fleet");
            root.Subcommands.Add(group);
        }

        var id = new Argument<string>("id") { Description = "Migration id" };
        var work = new FleetWork();
        var command = new Command("feedback", "What reviewers rejected and what agents said was missing, per prompt version") { id };
        work.AddTo(command, withFleet: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, "migration feedback");
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var feedback = await new MigrationFeedbackReader(store).ReadAsync(parse.GetValue(id)!, cancellationToken);
            if (feedback.Versions.Count == 0)
            {
                Console.Error.WriteLine($"plcfleet migration feedback: no runs of '{feedback.MigrationId}' in the store");
                return ExitCodes.UsageError;
            }

            foreach (var version in feedback.Versions)
            {
                Console.WriteLine($"{feedback.MigrationId} v{version.Version} (sha256 {string.Join(", ", version.ContentHashes.Select(h => h[..Math.Min(12, h.Length)]))})");
                Console.WriteLine(version.Rejections.Count == 0 ? "  rejections: none" : "  rejections:");
                foreach (var rejection in version.Rejections)
                {
                    Console.WriteLine($"    CR-{rejection.ChangeRequestId} {rejection.SiteId}, {rejection.Reviewer}: {rejection.Reason}");
                }

                Console.WriteLine(version.Debriefs.Count == 0 ? "  agent debriefs: none" : "  agent debriefs:");
                foreach (var debrief in version.Debriefs)
                {
                    Console.WriteLine($"    CR-{debrief.ChangeRequestId} {debrief.SiteId}: {debrief.Debrief}");
                }
            }

            return ExitCodes.Success;
        });
        group.Subcommands.Add(command);
    }
}
