using MediatR;

namespace Xueshi.BuildingBlocks.Messaging;

/// <summary>
/// A fact one module tells the others. Declared in the publisher's Contracts, written to its outbox
/// in the same transaction as the change, delivered at least once; consumers dedupe on EventId.
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
