using System.CommandLine;
using PlcFleet.Cli.Commands.Review;
using PlcFleet.Cli.Commands.Users;
using PlcFleet.Fleet.FleetDefinitions;

namespace PlcFleet.Cli.Commands.FleetDefinitions;

/// <summary>
/// <c>plcfleet fleet propose|approve|history</c>: management of change for fleet.yaml. Rollouts trust only the
/// definition the store recorded and a safety engineer or admin (not the proposer) approved.
/// </summary>
public static class FleetDefinitionCommands
{
    public static Command Create()
    {
        var group = new Command("fleet", "The fleet definition rollouts trust: propose a changed fleet.yaml, approve it, list the history");
        group.Subcommands.Add(Propose());
        group.Subcommands.Add(Approve());
        group.Subcommands.Add(History());
        return group;
    }

    private static Command Propose()
    {
        var signIn = new ActorSignIn();
        var work = new FleetWork();
        var command = new Command("propose", "Record fleet.yaml (its text, hash and git commit) as a proposed definition");
        signIn.AddTo(command);
        work.AddTo(command, withFleet: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, "fleet propose");
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var path = work.FleetPath(parse);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"plcfleet fleet propose: fleet file {path} does not exist; pass --fleet FILE");
                return ExitCodes.UsageError;
            }

            var user = await signIn.SignInAsync(parse, store, "fleet propose", "fleet propose", cancellationToken);
            if (user is null)
            {
                return ExitCodes.UsageError;
            }

            var file = FleetDefinitionFile.Read(path);
            if (file.Uncommitted)
            {
                Console.Error.WriteLine($"plcfleet fleet propose: {path} has changes not committed to its git repository; commit them first, so the definition is the one version control holds");
                return ExitCodes.Findings;
            }

            var (definition, created, problem) = await new FleetDefinitionService(store).ProposeAsync(file, user.Name, cancellationToken);
            if (definition is null)
            {
                Console.Error.WriteLine($"plcfleet fleet propose: {problem}");
                return ExitCodes.UsageError;
            }

            Console.WriteLine(created
                ? $"proposed {definition.Describe()}; a safety engineer or admin other than {user.Name} approves it with 'plcfleet fleet approve {definition.Label} --as NAME'"
                : $"{path} is already recorded as {definition.Describe()}{(definition.IsApproved ? $", approved by {definition.ApprovedBy}" : ", awaiting approval")}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Approve()
    {
        var id = new Argument<long>("id")
        {
            Description = "Fleet definition number (DEF-n or n)",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                var digits = text.StartsWith("DEF-", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
                if (long.TryParse(digits, out var value))
                {
                    return value;
                }

                r.AddError($"'{text}' is not a fleet definition number (DEF-2 or 2)");
                return 0;
            },
        };
        var signIn = new ActorSignIn();
        var work = new FleetWork();
        var command = new Command("approve", "Approve a proposed fleet definition (safety engineer or admin, not the proposer)") { id };
        signIn.AddTo(command);
        work.AddTo(command, withFleet: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, "fleet approve");
            var user = store is null ? null : await signIn.SignInAsync(parse, store, "fleet approve", $"fleet approve DEF-{parse.GetValue(id)}", cancellationToken);
            if (store is null || user is null)
            {
                return ExitCodes.UsageError;
            }

            var service = new FleetDefinitionService(store);
            var (approved, refusal) = await service.ApproveAsync(parse.GetValue(id), user, cancellationToken);
            if (approved is null)
            {
                Console.Error.WriteLine($"plcfleet fleet approve: refused: {refusal}");
                return ExitCodes.Findings;
            }

            Console.WriteLine($"{approved.Describe()} approved by {user.Name}; rollouts now use it");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command History()
    {
        var work = new FleetWork();
        var command = new Command("history", "Every recorded fleet definition: who proposed and approved it");
        work.AddTo(command, withFleet: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, "fleet history");
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var current = await store.FleetDefinitions.CurrentAsync(cancellationToken);
            foreach (var definition in await store.FleetDefinitions.ListAsync(cancellationToken))
            {
                var state = definition.IsApproved ? $"approved by {definition.ApprovedBy} {definition.ApprovedUtc:yyyy-MM-dd HH:mm} UTC" : "awaiting approval";
                var marker = definition.Id == current?.Id ? "* " : "  ";
                Console.WriteLine($"{marker}{definition.Describe()} {definition.FilePath}: proposed by {definition.ProposedBy} {definition.ProposedUtc:yyyy-MM-dd HH:mm} UTC, {state}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
