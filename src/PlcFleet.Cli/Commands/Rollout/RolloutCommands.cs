using System.CommandLine;
using PlcFleet.Cli.Commands.Review;
using PlcFleet.Cli.Commands.Users;
using PlcFleet.Fleet.FleetDefinitions;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Cli.Commands.Rollout;

/// <summary><c>plcfleet rollout status|next|deploy|rollback</c>: staged rollout of approved change requests, pilot first.</summary>
public static class RolloutCommands
{
    public static Command Create()
    {
        var group = new Command("rollout", "Staged rollout: waves from fleet.yaml, pilot first; deploy and roll back change requests");
        group.Subcommands.Add(Status());
        group.Subcommands.Add(Next());
        group.Subcommands.Add(Act("deploy", "Merge an approved change request into its site's release branch", deploy: true));
        group.Subcommands.Add(Act("rollback", "Revert a deployed change request on its site's release branch", deploy: false));
        return group;
    }

    private static Command Status()
    {
        var migration = new Option<string>("--migration") { Description = "Migration id", Required = true };
        var work = new FleetWork();
        var command = new Command("status", "Waves, their sites' change requests and gates") { migration };
        work.AddTo(command, withFleet: true);
        command.SetAction((parse, cancellationToken) => WithServices(parse, work, "rollout status", null, $"rollout status {parse.GetValue(migration)}", parse.GetValue(migration), async (rollout, _) =>
        {
            var status = await rollout.StatusAsync(parse.GetValue(migration)!, cancellationToken);
            foreach (var wave in status.Waves)
            {
                var started = wave.Start is { } s ? $"started by {s.StartedBy} {s.StartedUtc:yyyy-MM-dd HH:mm} UTC" : "not started";
                Console.WriteLine($"wave {wave.Wave.Name} ({started}; gate {wave.Wave.Gate}: {(wave.Gate.Holds ? "holds" : "not yet")})");
                foreach (var site in wave.Sites)
                {
                    var crs = wave.ChangeRequests.Where(c => c.SiteId == site.Id).Select(c => $"CR-{c.Id} {ApprovalRules.Describe(c.State)}").ToList();
                    Console.WriteLine($"  {site.Id,-12} {site.LineStatus.ToString().ToLowerInvariant(),-11} {(crs.Count == 0 ? "no change request" : string.Join(", ", crs))}");
                }

                Console.WriteLine($"  gate: {wave.Gate.Reason}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Next()
    {
        var migration = new Option<string>("--migration") { Description = "Migration id", Required = true };
        var signIn = new ActorSignIn();
        var work = new FleetWork();
        var command = new Command("next", "Start the next wave when the previous one passes its gate") { migration };
        signIn.AddTo(command);
        work.AddTo(command, withFleet: true);
        command.SetAction((parse, cancellationToken) => WithServices(parse, work, "rollout next", signIn, $"rollout next {parse.GetValue(migration)}", parse.GetValue(migration), async (rollout, user) =>
            Report("rollout next", await rollout.StartNextWaveAsync(parse.GetValue(migration)!, user!.Name, cancellationToken))));
        return command;
    }

    private static Command Act(string name, string description, bool deploy)
    {
        var id = ReviewCommands.ChangeRequestArgument();
        var signIn = new ActorSignIn();
        var reason = new Option<string>("--reason") { Description = "Why it is rolled back (required: what went wrong on the line)", Required = true };
        var work = new FleetWork();
        var command = new Command(name, description) { id };
        signIn.AddTo(command);
        if (!deploy)
        {
            command.Options.Add(reason);
        }

        work.AddTo(command, withFleet: true);
        command.SetAction((parse, cancellationToken) => WithServices(parse, work, $"rollout {name}", signIn, $"rollout {name} CR-{parse.GetValue(id)}", null, async (rollout, user) =>
        {
            return Report(
                $"rollout {name}",
                deploy
                    ? await rollout.DeployAsync(parse.GetValue(id), user!.Name, cancellationToken)
                    : await rollout.RollbackAsync(parse.GetValue(id), user!.Name, parse.GetValue(reason)!, cancellationToken));
        }));
        return command;
    }

    private static int Report(string command, RolloutResult result)
    {
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"plcfleet {command}: refused: {result.Refusal}");
            return ExitCodes.Findings;
        }

        Console.WriteLine(result.Message);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Opens the store, signs the user in (when the command acts), and builds the rollout on the approved fleet
    /// definition recorded in the store; the fleet file given (or beside the work folder) must be exactly that
    /// definition, or the command is refused and the attempt audited. A mistyped <paramref name="migrationId"/> is a usage
    /// error before anything else is checked.
    /// </summary>
    private static async Task<int> WithServices(
        ParseResult parse, FleetWork work, string command, ActorSignIn? signIn, string purpose, string? migrationId,
        Func<RolloutService, UserRecord?, Task<int>> action)
    {
        var store = work.OpenStore(parse, command);
        if (store is null)
        {
            return ExitCodes.UsageError;
        }

        if (migrationId is not null && await RolloutService.UnknownMigrationAsync(store, migrationId) is { } unknown)
        {
            Console.Error.WriteLine($"plcfleet {command}: {unknown}");
            return ExitCodes.UsageError;
        }

        UserRecord? user = null;
        if (signIn is not null && (user = await signIn.SignInAsync(parse, store, command, purpose, CancellationToken.None)) is null)
        {
            return ExitCodes.UsageError;
        }

        var path = work.FleetPath(parse);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"plcfleet {command}: fleet file {path} does not exist; pass --fleet FILE");
            return ExitCodes.UsageError;
        }

        var check = await new FleetDefinitionService(store).CheckForRolloutAsync(FleetDefinitionFile.Read(path), user?.Name ?? Environment.UserName, purpose);
        if (!check.Succeeded)
        {
            Console.Error.WriteLine($"plcfleet {command}: refused: {check.Refusal}");
            return ExitCodes.Findings;
        }

        var rollout = ApprovedRollout.For(store, check.Fleet!, check.Definition!);
        Console.WriteLine($"fleet definition: {check.Definition!.Describe()}, approved by {check.Definition.ApprovedBy}");

        // A deploy or rollback a killed plcfleet left half-recorded is settled from git first; the engineer hears what was found.
        foreach (var recovered in await rollout.RecoverAsync())
        {
            Console.WriteLine($"recovered: {recovered}");
        }

        return await action(rollout, user);
    }
}
