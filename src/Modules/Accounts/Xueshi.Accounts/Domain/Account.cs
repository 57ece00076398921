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

    /// <summary>
    /// Created by an SMS sign-in (未注册手机验证后自动注册): the identity and nickname are not chosen
    /// yet, and until they are the account is held at the consent gate like one without consent.
    /// </summary>
    public bool BasicsPending { get; private set; }

    /// <summary>No password until the teacher sets one (修改密码 by SMS code); password sign-in fails until then.</summary>
    public bool HasPassword => PasswordHash.Length > 0;

    public static Account Register(string phone, AccountIdentity identity, string nickname, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Phone = phone,
        Identity = identity,
        Nickname = nickname.Trim(),
        RegisteredAt = now,
    };

    /// <summary>An SMS sign-in of an unknown number: the account exists, signed in, with its basics still to choose.</summary>
    public static Account RegisterBySms(string phone, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Phone = phone,
        Identity = AccountIdentity.Teacher,
        Nickname = "",
        RegisteredAt = now,
        BasicsPending = true,
    };

    /// <summary>The first choice of identity and nickname after an SMS sign-up; once only.</summary>
    public void ChooseBasics(AccountIdentity identity, string nickname)
    {
        if (!BasicsPending)
        {
            throw new InvalidOperationException("The basics were chosen already.");
        }

        Identity = identity;
        Nickname = nickname.Trim();
        BasicsPending = false;
    }

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
