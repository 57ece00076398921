using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Sms;

/// <summary>Where SMS codes go: a real gateway in production, the dev inbox in Development.</summary>
internal interface ISmsSender
{
    Task SendCodeAsync(string phone, SmsPurpose purpose, string code, CancellationToken cancellationToken);
}
