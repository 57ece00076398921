using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.DemoData;

/// <summary>
/// Accounts a person trying the platform locally can sign in with at once. Loaded only when
/// Xueshi:DemoData is true (the run command); idempotent, so a restart changes nothing.
/// </summary>
internal static class AccountsDemoData
{
    public const string Password = "Xueshi2026";

    private static readonly (string Phone, AccountIdentity Identity, string Nickname)[] People =
    [
        ("13800000001", AccountIdentity.Teacher, "张老师"),
        ("13800000002", AccountIdentity.Teacher, "李老师"),
        ("13800000003", AccountIdentity.Researcher, "王教研员"),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Account>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();

        var phones = People.Select(p => p.Phone).ToList();
        var existing = await db.Accounts.Where(a => phones.Contains(a.Phone)).Select(a => a.Phone).ToListAsync(cancellationToken);
        foreach (var (phone, identity, nickname) in People.Where(p => !existing.Contains(p.Phone)))
        {
            var account = Account.Register(phone, identity, nickname, now);
            account.SetPasswordHash(hasher.HashPassword(account, Password));
            db.Accounts.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
