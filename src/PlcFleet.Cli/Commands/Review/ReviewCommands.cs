using System.CommandLine;
using PlcFleet.Cli.Commands.Users;
using PlcFleet.Fleet.Review;

namespace PlcFleet.Cli.Commands.Review;

/// <summary>
/// <c>plcfleet cr approve|reject ID --as USER --comment TEXT</c>, signed in with the user's password (<see cref="ActorSignIn"/>). The <c>cr</c> group is shared with <c>cr list/show</c>,
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
        var signIn = new ActorSignIn();
        var comment = new Option<string>("--comment", "-m") { Description = approve ? "What you checked" : "Why it is rejected (required)", DefaultValueFactory = _ => "" };
        var work = new FleetWork();
        var command = new Command(name, description) { id, comment };
        signIn.AddTo(command);
        work.AddTo(command, withFleet: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, $"cr {name}");
            var repositories = store is null ? null : work.LoadFleet(parse, $"cr {name}");
            if (store is null || repositories is null)
            {
                return ExitCodes.UsageError;
            }

            var crId = parse.GetValue(id);
            var user = await signIn.SignInAsync(parse, store, $"cr {name}", $"cr {name} CR-{crId}", cancellationToken);
            if (user is null)
            {
                return ExitCodes.UsageError;
            }

            var service = new ReviewService(store, repositories);
            var result = approve
                ? await service.ApproveAsync(crId, user.Name, parse.GetValue(comment)!, cancellationToken)
                : await service.RejectAsync(crId, user.Name, parse.GetValue(comment)!, cancellationToken);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"plcfleet cr {name}: refused: {result.Refusal}");
                return ExitCodes.Findings;
            }

            var status = result.Status!;
            Console.WriteLine(approve
                ? $"CR-{crId} approved by {user.Name} at {ApprovalStatus.Short(status.VerifiedCommit)}: {(status.IsApproved ? "approved, ready to deploy" : status.Missing)}"
                : $"CR-{crId} rejected by {user.Name}: {parse.GetValue(comment)}");
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
