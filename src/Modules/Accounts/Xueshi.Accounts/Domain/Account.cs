using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Domain;

internal sealed class Account
{
    private Account()
    {
    }

    public Guid Id { get; private set; }

    public string Phone { get; private set; } = "";

    public string PasswordHash { get; private set; } = "";

    public AccountIdentity Identity { get; private set; }

    public string Nickname { get; private set; } = "";

    /// <summary>Authorization roles beyond the identity (school admin, operator, …).</summary>
    public List<string> Roles { get; private set; } = [];

    public DateTimeOffset RegisteredAt { get; private set; }

    public static Account Register(string phone, AccountIdentity identity, string nickname, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Phone = phone,
        Identity = identity,
        Nickname = nickname.Trim(),
        RegisteredAt = now,
    };

    public void SetPasswordHash(string hash) => PasswordHash = hash;
}
