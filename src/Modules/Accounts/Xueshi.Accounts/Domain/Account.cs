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

    /// <summary>换绑: the new number becomes the account; the old one no longer signs in.</summary>
    public void ChangePhone(string newPhone) => Phone = newPhone;

    /// <summary>学生/家长→教师: only those two identities may switch, and only to teacher.</summary>
    public bool CanSwitchTo(AccountIdentity target) =>
        target == AccountIdentity.Teacher && Identity is AccountIdentity.Student or AccountIdentity.Parent;

    public void SwitchIdentity(AccountIdentity target)
    {
        if (!CanSwitchTo(target))
        {
            throw new InvalidOperationException($"{Identity} cannot switch to {target}.");
        }

        Identity = target;
    }
}
