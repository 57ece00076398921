using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.Certificates.Contracts;

/// <summary>
/// A teacher confirmed (确认正确) and the certificate now exists, immutable. Published through the outbox in the
/// transaction that stored it; a reissue after a data correction publishes it too (with <paramref name="Supersedes"/>).
/// </summary>
/// <param name="CertificateId">The certificate.</param>
/// <param name="TeacherId">Its holder.</param>
/// <param name="SchemeId">What it certifies: the program's id, or the training's for a group certificate.</param>
/// <param name="ProgramIds">The programs whose hours it records.</param>
/// <param name="Serial">证书编号.</param>
/// <param name="TotalHours">学时 in all.</param>
/// <param name="IssuedOn">发证日期 (China Standard Time).</param>
/// <param name="Supersedes">The void certificate this one replaces, when it is a reissue.</param>
public sealed record CertificateIssued(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CertificateId,
    Guid TeacherId,
    Guid SchemeId,
    IReadOnlyList<Guid> ProgramIds,
    string Serial,
    decimal TotalHours,
    DateOnly IssuedOn,
    Guid? Supersedes) : IIntegrationEvent;
