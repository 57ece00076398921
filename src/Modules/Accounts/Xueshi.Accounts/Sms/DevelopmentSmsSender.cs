using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Sms;

internal sealed record DevSmsMessage(string Phone, SmsPurpose Purpose, string Code, DateTimeOffset SentAt);

/// <summary>
/// Sends nothing: keeps the codes in memory so a developer, a demo user and the browser tests can
/// read them from the dev-only inbox endpoint.
/// </summary>
internal sealed class DevelopmentSmsSender(TimeProvider clock, ILogger<DevelopmentSmsSender> logger) : ISmsSender
{
    private const int Capacity = 500;
    private readonly ConcurrentQueue<DevSmsMessage> _messages = new();

    public Task SendCodeAsync(string phone, SmsPurpose purpose, string code, CancellationToken cancellationToken)
    {
        _messages.Enqueue(new DevSmsMessage(phone, purpose, code, clock.GetUtcNow()));
        while (_messages.Count > Capacity && _messages.TryDequeue(out _))
        {
        }

        logger.LogInformation("Development SMS to {Phone}: {Purpose} code {Code}", phone, purpose, code);
        return Task.CompletedTask;
    }

    public IReadOnlyList<DevSmsMessage> For(string? phone) =>
        _messages.Where(m => phone is null || m.Phone == phone).OrderByDescending(m => m.SentAt).Take(50).ToList();
}
