using System.CommandLine;
using System.Security.Cryptography;
using PlcFleet.Cli.Commands.Review;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Users;

namespace PlcFleet.Cli.Commands.Users;

/// <summary>
/// <c>plcfleet user add NAME --role ROLE [--password-stdin] [--as ADMIN]</c> and <c>plcfleet user list</c>. The first
/// admin may be added by whoever holds the store file (bootstrap); once the fleet has an admin, only a signed-in
/// admin adds users, and the audit record names that admin.
/// </summary>
public static class UserCommands
{
    private static readonly Dictionary<string, UserRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["engineer"] = UserRole.Engineer,
        ["safety_engineer"] = UserRole.SafetyEngineer,
        ["admin"] = UserRole.Admin,
    };

    public static Command Create()
    {
        var group = new Command("user", "People who review and deploy, with their roles");
        group.Subcommands.Add(Add());
        group.Subcommands.Add(List());
        return group;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "User name (as used with --as)" };
        var role = new Option<string>("--role") { Description = "engineer, safety_engineer or admin", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.Keys]);
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (else a random one is printed once)" };
        var signIn = new ActorSignIn(required: false, description: "The admin adding the user (required once the fleet has an admin)");
        var work = new FleetWork();
        var command = new Command("add", "Add a user with a role") { name, role, passwordStdin };
        signIn.AddTo(command);
        work.AddTo(command, withFleet: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var userName = parse.GetValue(name)!.Trim();
            if (!UserNames.IsValid(userName))
            {
                Console.Error.WriteLine($"plcfleet user add: '{userName}' is not a valid user name: {UserNames.Rule}");
                return ExitCodes.UsageError;
            }

            Directory.CreateDirectory(Path.GetFullPath(parse.GetValue(work.Work)!));
            var store = work.OpenStore(parse, "user add", create: true)!;
            var actor = await AdminAsync(parse, store, signIn, userName, cancellationToken);
            if (actor is null)
            {
                return ExitCodes.UsageError;
            }

            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)) : (Console.In.ReadLine() ?? "");
            if (password.Length < 8)
            {
                Console.Error.WriteLine("plcfleet user add: the password needs at least 8 characters");
                return ExitCodes.UsageError;
            }

            var userRole = Roles[parse.GetValue(role)!];
            var added = await store.TryAddUserAsync(userName, userRole, new PasswordHasher().Hash(password), cancellationToken);
            if (added is null)
            {
                Console.Error.WriteLine($"plcfleet user add: '{userName}' already exists");
                return ExitCodes.Findings;
            }

            await store.Audit.AppendAsync(actor, AuditActions.UserAdded, $"user-{userName}", new { name = userName, role = parse.GetValue(role) }, cancellationToken);
            Console.WriteLine($"added {userName} ({parse.GetValue(role)})");
            if (generated)
            {
                Console.WriteLine($"password (shown once): {password}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Who adds the user: a signed-in admin, or (before the fleet has any admin) the operating-system user; null when refused.</summary>
    private static async Task<string?> AdminAsync(ParseResult parse, SqliteFleetStore store, ActorSignIn signIn, string userName, CancellationToken cancellationToken)
    {
        var hasAdmin = (await store.ListUsersAsync(cancellationToken)).Any(u => u.Role == UserRole.Admin);
        if (parse.GetValue(signIn.User) is null)
        {
            if (!hasAdmin)
            {
                return Environment.UserName;
            }

            Console.Error.WriteLine("plcfleet user add: this fleet has admins; pass --as ADMIN (with their password) to add users");
            return null;
        }

        var admin = await signIn.SignInAsync(parse, store, "user add", $"user add {userName}", cancellationToken);
        if (admin is null)
        {
            return null;
        }

        if (admin.Role != UserRole.Admin)
        {
            Console.Error.WriteLine($"plcfleet user add: {admin.Name} is {ApprovalRules.Describe(admin.Role)}; only admins add users");
            return null;
        }

        return admin.Name;
    }

    private static Command List()
    {
        var work = new FleetWork();
        var command = new Command("list", "List users and roles");
        work.AddTo(command, withFleet: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = work.OpenStore(parse, "user list");
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            foreach (var user in await store.ListUsersAsync(cancellationToken))
            {
                var role = Roles.First(r => r.Value == user.Role).Key;
                Console.WriteLine($"{user.Name,-16} {role,-16} added {user.CreatedUtc:yyyy-MM-dd}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
