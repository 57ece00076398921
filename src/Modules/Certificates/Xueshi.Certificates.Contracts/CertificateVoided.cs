using Xueshi.BuildingBlocks.Messaging;

namespace Xueshi.Certificates.Contracts;

/// <summary>
/// A certificate became void (证书防伪，更新信息后原证书将作废): the teacher's verified data was corrected and
/// <paramref name="SupersededBy"/> was issued with the new data in the same transaction.
/// </summary>
/// <param name="CertificateId">The void certificate.</param>
/// <param name="TeacherId">Its holder.</param>
/// <param name="Serial">Its serial, which the public verification page now answers as void.</param>
/// <param name="SupersededBy">The certificate issued in its place.</param>
/// <param name="Cause">Why: data_corrected.</param>
public sealed record CertificateVoided(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CertificateId,
    Guid TeacherId,
    string Serial,
    Guid SupersededBy,
    string Cause) : IIntegrationEvent;
