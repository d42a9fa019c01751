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
/// <c>plcfleet user add NAME --role ROLE [--password-stdin] [--as ADMIN]</c> and <c>plcfleet user list</c>. On a
/// brand-new store the first user, and only an admin, may be added by whoever holds the store file (an audited
/// bootstrap); every other user is added by a signed-in admin, and the audit record names that admin.
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
        var signIn = new ActorSignIn(required: false, description: "The admin adding the user (required for every user but the first admin of a new store)");
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
            var userRole = Roles[parse.GetValue(role)!];
            var actor = await AdminAsync(parse, store, signIn, userName, userRole, cancellationToken);
            if (actor is null)
            {
                return ExitCodes.UsageError;
            }

            var bootstrap = parse.GetValue(signIn.User) is null;

            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)) : (Console.In.ReadLine() ?? "");
            if (password.Length < 8)
            {
                Console.Error.WriteLine("plcfleet user add: the password needs at least 8 characters");
                return ExitCodes.UsageError;
            }

            var added = await store.TryAddUserAsync(userName, userRole, new PasswordHasher().Hash(password), cancellationToken);
            if (added is null)
            {
                Console.Error.WriteLine($"plcfleet user add: '{userName}' already exists");
                return ExitCodes.Findings;
            }

            await store.Audit.AppendAsync(
                actor,
                bootstrap ? AuditActions.FirstAdminBootstrapped : AuditActions.UserAdded,
                $"user-{userName}",
                new { name = userName, role = parse.GetValue(role), bootstrap },
                cancellationToken);
            Console.WriteLine(bootstrap
                ? $"added {userName} (admin) as the first user of this store, by {actor} who holds the store file; from now on only a signed-in admin adds users"
                : $"added {userName} ({parse.GetValue(role)})");
            if (generated)
            {
                Console.WriteLine($"password (shown once): {password}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Who adds the user: a signed-in admin, or, on a brand-new store (no user at all), whoever holds the store file
    /// bootstrapping the first admin. Any other first user is refused: a safety engineer never signs themselves in.
    /// Null when refused.
    /// </summary>
    private static async Task<string?> AdminAsync(ParseResult parse, SqliteFleetStore store, ActorSignIn signIn, string userName, UserRole role, CancellationToken cancellationToken)
    {
        var users = await store.ListUsersAsync(cancellationToken);
        if (parse.GetValue(signIn.User) is null)
        {
            if (users.Count == 0 && role == UserRole.Admin)
            {
                return Environment.UserName;
            }

            Console.Error.WriteLine(users.Count == 0
                ? $"plcfleet user add: this store has no users yet; the first user must be an admin ('plcfleet user add NAME --role admin'), who then adds {userName} with --as"
                : "plcfleet user add: this fleet has users; pass --as ADMIN (with their password) to add users");
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
