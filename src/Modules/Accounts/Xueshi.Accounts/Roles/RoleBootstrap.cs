using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Accounts.Roles;

/// <summary>
/// Grants the configured bootstrap roles at every start, once the database is migrated. A hosted
/// service of the module rather than a step of the Host's start-up: it keeps Accounts' rules in
/// Accounts, needs no new IModule hook, and, waiting on DatabaseReadiness in the background, never
/// runs during build-time OpenAPI generation (where the database is never made ready). Idempotent:
/// existing grants are skipped and the unique index settles two instances starting together.
/// </summary>
internal sealed class RoleBootstrap(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    IOptions<RoleBootstrapOptions> options,
    TimeProvider clock,
    ILogger<RoleBootstrap> logger) : BackgroundService
{
    /// <summary>Completes when the configured grants have been applied (tests wait on it).</summary>
    public Task Completed => _completed.Task;

    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var wanted = options.Value.Operators.Select(p => (Phone: p, Role: AccountRole.Operator))
                .Concat(options.Value.Support.Select(p => (Phone: p, Role: AccountRole.Support)))
                .Select(w => (Phone: w.Phone.Trim(), w.Role))
                .Where(w => w.Phone.Length > 0)
                .Distinct()
                .ToList();
            if (wanted.Count > 0)
            {
                await readiness.WaitAsync(stoppingToken);
                await GrantAsync(wanted, stoppingToken);
            }

            _completed.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _completed.TrySetCanceled(stoppingToken);
        }
        catch (Exception e) when (e is DbUpdateException or NpgsqlException or InvalidOperationException)
        {
            logger.LogError(e, "The bootstrap roles ({Section}) could not be granted; they are tried again at the next start.", RoleBootstrapOptions.Section);
            _completed.TrySetException(e);
        }
    }

    private async Task GrantAsync(IReadOnlyList<(string Phone, AccountRole Role)> wanted, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        foreach (var (phone, role) in wanted)
        {
            if (!PhoneNumber.IsValid(phone))
            {
                logger.LogWarning("{Section}: {Phone} is not a mainland mobile number; ignored.", RoleBootstrapOptions.Section, phone);
                continue;
            }

            var accountId = await db.Accounts.Where(a => a.Phone == phone).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
            if (accountId is null)
            {
                logger.LogWarning("{Section}: {Phone} has not registered yet; the {Role} role is granted at a start after it has.",
                    RoleBootstrapOptions.Section, Masking.Phone(phone), role);
                continue;
            }

            if (await db.RoleGrants.AnyAsync(g => g.AccountId == accountId && g.Role == role, cancellationToken))
            {
                continue;
            }

            db.RoleGrants.Add(RoleGrant.Create(accountId.Value, role, null, null, grantedBy: null, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("{Section}: granted {Role} to {Phone}.", RoleBootstrapOptions.Section, role, Masking.Phone(phone));
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another instance granted it a moment ago.
                db.ChangeTracker.Clear();
            }
        }
    }
}
