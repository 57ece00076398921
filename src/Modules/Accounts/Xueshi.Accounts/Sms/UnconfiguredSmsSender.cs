using Microsoft.Extensions.Logging;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Sms;

/// <summary>
/// Production without an SMS gateway: refuse clearly rather than pretend a code was sent.
/// </summary>
internal sealed class UnconfiguredSmsSender(ILogger<UnconfiguredSmsSender> logger) : ISmsSender
{
    public Task SendCodeAsync(string phone, SmsPurpose purpose, string code, CancellationToken cancellationToken)
    {
        logger.LogError("No SMS gateway is configured (Xueshi:Sms:Provider); a {Purpose} code could not be sent.", purpose);
        throw AccountsErrors.SmsUnavailable.ToException();
    }
}
