using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.CreditRules.Contracts;

/// <summary>
/// A teacher completed a program (结业): its hours are recognised under the published rule set. Published
/// through the outbox once per teacher and program, the first time an evaluation finds it complete.
/// </summary>
/// <param name="RuleSetVersion">The version that found it complete.</param>
/// <param name="CreditedHours">已认定 at that moment.</param>
public sealed record ProgramCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TeacherId,
    Guid ProgramId,
    int RuleSetVersion,
    decimal CreditedHours) : IIntegrationEvent;
