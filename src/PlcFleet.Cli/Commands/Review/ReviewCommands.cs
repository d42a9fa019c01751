using System.CommandLine;
using PlcFleet.Fleet.Review;

namespace PlcFleet.Cli.Commands.Review;

/// <summary>
/// <c>plcfleet cr approve|reject ID --as USER --comment TEXT</c>. The <c>cr</c> group is shared with <c>cr list/show</c>,
/// so these attach to an existing group (or make it): call <see cref="AttachTo"/> after the groups are added.
/// </summary>
public static class ReviewCommands
{
    public static void AttachTo(RootCommand root)
    {
        var group = root.Subcommands.FirstOrDefault(c => c.Name == "cr");
        if (group is null)
        {
            group = new Command("cr", "Change requests: review and approval");
            root.Subcommands.Add(group);
        }

        group.Subcommands.Add(Verdict("approve", "Approve a change request (bound to the exact commit of its branch head)", approve: true));
        group.Subcommands.Add(Verdict("reject", "Reject a change request; the reason goes to the migration's feedback", approve: false));
        MigrationFeedbackCommand.AttachTo(root);
    }

    private static Command Verdict(string name, string description, bool approve)
    {
        var id = ChangeRequestArgument();
        var user = new Option<string>("--as") { Description = "Your user name", Required = true };
        var comment = new Option<string>("--comment", "-m") { Description = approve ? "What you checked" : "Why it is rejected (required)", DefaultValueFactory = _ => "" };
        var work = new FleetWork();
        var command = new Command(name, description) { id, user, comment };
        work.AddTo(command, withFleet: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, $"cr {name}");
            var repositories = store is null ? null : work.LoadFleet(parse, $"cr {name}");
            if (store is null || repositories is null)
            {
                return ExitCodes.UsageError;
            }

            var service = new ReviewService(store, repositories);
            var crId = parse.GetValue(id);
            var result = approve
                ? await service.ApproveAsync(crId, parse.GetValue(user)!, parse.GetValue(comment)!, cancellationToken)
                : await service.RejectAsync(crId, parse.GetValue(user)!, parse.GetValue(comment)!, cancellationToken);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"plcfleet cr {name}: refused: {result.Refusal}");
                return ExitCodes.Findings;
            }

            var status = result.Status!;
            Console.WriteLine(approve
                ? $"CR-{crId} approved by {parse.GetValue(user)} at {ApprovalStatus.Short(status.VerifiedCommit)}: {(status.IsApproved ? "approved, ready to deploy" : status.Missing)}"
                : $"CR-{crId} rejected by {parse.GetValue(user)}: {parse.GetValue(comment)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static long ParseId(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        var digits = text.StartsWith("CR-", StringComparison.OrdinalIgnoreCase) ? text[3..] : text;
        if (long.TryParse(digits, out var id))
        {
            return id;
        }

        result.AddError($"'{text}' is not a change request number (CR-3 or 3)");
        return 0;
    }

    internal static Argument<long> ChangeRequestArgument() =>
        new("id") { Description = "Change request number (CR-n or n)", CustomParser = r => ParseId(r.Tokens[0].Value, r) };
}
