namespace Xueshi.Accounts.Sms;

/// <summary>Where SMS codes go: a real gateway in production, the dev inbox in Development.</summary>
internal interface ISmsSender
{
    Task SendCodeAsync(string phone, string purpose, string code, CancellationToken cancellationToken);
}
