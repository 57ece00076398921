using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xueshi.Accounts.Contracts;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.BuildingBlocks.Messaging;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Api.Tests;

/// <summary>
/// A consumer in a schema of its own, standing in for a module that reacts to AccountRegistered:
/// it records each delivery, and its inbox must keep a redelivery from recording twice.
/// </summary>
public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "outbox_probe";

    protected override string Schema => SchemaName;

    public DbSet<ProbeDelivery> Deliveries => Set<ProbeDelivery>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ProbeDelivery>().HasKey(d => d.Id);
}

public sealed class ProbeDelivery
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid AccountId { get; set; }
}

public sealed class ProbeConsumer(ProbeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<AccountRegistered, ProbeDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(AccountRegistered notification, CancellationToken cancellationToken)
    {
        Db.Deliveries.Add(new ProbeDelivery { Id = Guid.CreateVersion7(), EventId = notification.EventId, AccountId = notification.AccountId });
        return Task.CompletedTask;
    }
}

public sealed class OutboxTests
{
    // The probe is registered as a module's persistence is (pooled, on the Host's data source, with
    // the commit nudge), so its outbox and its transactions behave as a real module's would.
    private static XueshiApiFactory Host(string connectionString, bool dispatcher, string? pollInterval = null) => new(
        connectionString,
        new Dictionary<string, string?>
        {
            ["Xueshi:Outbox:DispatcherEnabled"] = dispatcher.ToString(),
            ["Xueshi:Outbox:PollInterval"] = pollInterval ?? "00:00:00.200",
        },
        services =>
        {
            services.AddModulePersistence<ProbeDbContext>(ProbeDbContext.SchemaName);
            services.AddTransient<INotificationHandler<AccountRegistered>, ProbeConsumer>();
        });

    // Far longer than any wait below: an event delivered in time was delivered because its commit woke
    // the dispatcher, not because the dispatcher polled.
    private const string NoPollDuringTheTest = "01:00:00";

    [Fact]
    public async Task A_committed_event_wakes_the_dispatcher_instead_of_waiting_for_its_next_poll()
    {
        var connectionString = await ApiDatabase.CreateAsync("outbox_nudge");
        await CreateProbeTablesAsync(connectionString);

        await using var host = Host(connectionString, dispatcher: true, NoPollDuringTheTest);
        var accountId = await host.CreateClient().RegisterAsync(TestPhones.Next());

        await Eventually.HoldsAsync(async () => await ScalarAsync(connectionString, PendingSql, accountId) == 0L);
        Assert.Equal(1L, await ScalarAsync(connectionString, DeliveriesSql, accountId));
    }

    [Fact]
    public async Task An_event_saved_in_an_explicit_transaction_is_delivered_when_that_transaction_commits()
    {
        var connectionString = await ApiDatabase.CreateAsync("outbox_nudge_tx");
        await CreateProbeTablesAsync(connectionString);

        await using var host = Host(connectionString, dispatcher: true, NoPollDuringTheTest);
        _ = host.Server;
        var committed = Guid.CreateVersion7();
        var rolledBack = Guid.CreateVersion7();
        await PublishInTransactionAsync(host.Services, rolledBack, commit: false);
        await PublishInTransactionAsync(host.Services, committed, commit: true);

        await Eventually.HoldsAsync(async () => await ScalarAsync(connectionString, DeliveriesSql, committed) == 1L);
        Assert.Equal(0L, await ScalarAsync(connectionString, DeliveriesSql, rolledBack));
        Assert.Equal(0L, await ScalarAsync(connectionString,
            "SELECT count(*) FROM outbox_probe.outbox_messages WHERE payload->>'accountId' = @id::text", rolledBack));
    }

    private static async Task PublishInTransactionAsync(IServiceProvider services, Guid accountId, bool commit)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Publish(new AccountRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, accountId, "Teacher"));
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    [Fact]
    public async Task An_event_committed_while_the_dispatcher_is_stopped_is_delivered_once_after_a_restart()
    {
        var connectionString = await ApiDatabase.CreateAsync("outbox");
        await CreateProbeTablesAsync(connectionString);
        var phone = TestPhones.Next();

        Guid accountId;
        await using (var stopped = Host(connectionString, dispatcher: false))
        {
            accountId = await stopped.CreateClient().RegisterAsync(phone);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Equal(1L, await ScalarAsync(connectionString, PendingSql, accountId));
            Assert.Equal(0L, await ScalarAsync(connectionString, DeliveriesSql, accountId));
        }

        await using (var restarted = Host(connectionString, dispatcher: true))
        {
            _ = restarted.Server;
            await Eventually.HoldsAsync(async () => await ScalarAsync(connectionString, PendingSql, accountId) == 0L);
            Assert.Equal(1L, await ScalarAsync(connectionString, DeliveriesSql, accountId));

            // Redelivery (a crash after publishing, before marking the row) must change nothing.
            await ScalarAsync(connectionString,
                "UPDATE accounts.outbox_messages SET processed_at = NULL WHERE payload->>'accountId' = @id::text RETURNING 1", accountId);
            await Eventually.HoldsAsync(async () => await ScalarAsync(connectionString, PendingSql, accountId) == 0L);
            Assert.Equal(1L, await ScalarAsync(connectionString, DeliveriesSql, accountId));
            Assert.Equal(1L, await ScalarAsync(connectionString,
                "SELECT count(*) FROM outbox_probe.inbox_messages i JOIN accounts.outbox_messages o ON o.id = i.event_id WHERE o.payload->>'accountId' = @id::text",
                accountId));
        }
    }

    private const string PendingSql =
        "SELECT count(*) FROM accounts.outbox_messages WHERE processed_at IS NULL AND payload->>'accountId' = @id::text";

    private const string DeliveriesSql = "SELECT count(*) FROM outbox_probe.deliveries WHERE account_id = @id";

    private static async Task CreateProbeTablesAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<ProbeDbContext>();
        PersistenceRegistration.Configure(options, connectionString, ProbeDbContext.SchemaName);
        await using var db = new ProbeDbContext(options.Options);
        await db.Database.ExecuteSqlRawAsync($"CREATE SCHEMA IF NOT EXISTS {ProbeDbContext.SchemaName}");
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
    }

    private static async Task<long?> ScalarAsync(string connectionString, string sql, Guid accountId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", accountId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
