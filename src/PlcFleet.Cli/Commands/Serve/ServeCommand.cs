using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using PlcFleet.Cli.Commands.Review;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;
using PlcFleet.Web;

namespace PlcFleet.Cli.Commands.Serve;

/// <summary>
/// <c>plcfleet serve [--work DIR] [--store PATH] [--fleet FILE|DIR] [--urls URL]</c>: the review dashboard on the
/// store and fleet the <c>cr</c> and <c>rollout</c> commands use. Bound to 127.0.0.1 unless told otherwise.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var work = new FleetWork();
        var store = new Option<string?>("--store") { Description = "The fleet store file (default: plcfleet.db in the work folder)" };
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => DashboardSettings.DefaultUrls };
        var command = new Command("serve", "The review dashboard: fleet and migration status, change requests with diff and evidence, approve/reject, audit trail") { store, urls };
        work.AddTo(command, withFleet: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var storePath = Path.GetFullPath(parse.GetValue(store) ?? FleetWork.StorePath(parse.GetValue(work.Work)!));
            if (!File.Exists(storePath))
            {
                Console.Error.WriteLine($"plcfleet serve: no fleet store at {storePath}; pass --work DIR or --store PATH (run a migration or 'plcfleet user add' first)");
                return ExitCodes.UsageError;
            }

            var fleetFile = FleetFile(parse.GetValue(work.FleetFile), storePath);
            if (!File.Exists(fleetFile))
            {
                Console.Error.WriteLine($"plcfleet serve: fleet file {fleetFile} does not exist; pass --fleet FILE or DIR");
                return ExitCodes.UsageError;
            }

            var loaded = FleetLoader.Load(fleetFile);
            foreach (var problem in loaded.Problems)
            {
                Console.Error.WriteLine(problem);
            }

            if (!loaded.Succeeded)
            {
                return ExitCodes.UsageError;
            }

            var address = parse.GetValue(urls)!;
            if (!Uri.TryCreate(address.Split(';')[0], UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"plcfleet serve: '{address}' is not an http(s) URL such as {DashboardSettings.DefaultUrls}");
                return ExitCodes.UsageError;
            }

            if (!IsLoopback(uri))
            {
                Console.Error.WriteLine($"plcfleet serve: warning: {uri.Host} is reachable from other machines; put the dashboard behind TLS before anyone signs in over a network");
            }

            var sources = new DashboardSources(SqliteFleetStore.Open(storePath), new SiteRepositories(loaded.Fleet!));
            await using var app = DashboardApp.Build(sources, new DashboardSettings(address, DashboardSettings.KeysFolderIn(Path.GetDirectoryName(storePath)!)));
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"plcfleet serve: cannot listen on {address}: {e.Message}");
                return ExitCodes.UsageError;
            }

            // The bound address (with the real port when asked for port 0) is the line scripts and tests wait for.
            Console.WriteLine($"PlcFleet dashboard for {loaded.Fleet!.Name} listening on {string.Join(", ", app.Urls)} (store {storePath}); Ctrl+C stops it");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>--fleet as a file or a folder holding fleet.yaml; by default fleet.yaml beside the work folder, as for <c>cr</c> and <c>rollout</c>.</summary>
    private static string FleetFile(string? option, string storePath)
    {
        if (option is null)
        {
            return Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(storePath)!)!, "fleet.yaml");
        }

        var full = Path.GetFullPath(option);
        return Directory.Exists(full) ? Path.Combine(full, "fleet.yaml") : full;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
