using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.Accounts.Contracts;

/// <summary>A person registered an account with a phone number.</summary>
public sealed record AccountRegistered(Guid EventId, DateTimeOffset OccurredAt, Guid AccountId, string Identity) : IIntegrationEvent;
