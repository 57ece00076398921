using Microsoft.AspNetCore.DataProtection;
using Xueshi.Certificates.Contracts;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Persistence;
using Xueshi.Certificates.Signing;

namespace Xueshi.Certificates.Features.Claims;

/// <summary>
/// Makes one certificate, the same way for a claim and for a reissue: a new serial and code, the canonical data signed
/// with the active key and kept encrypted (it holds the full ID number), and <see cref="CertificateIssued"/> published in
/// the caller's unit of work. The caller adds the row: a reissue must first take the void one out of the unique index.
/// </summary>
internal sealed class CertificateIssuance(CertificatesDbContext db, CertificateSigner signer, CertificateSigningKeys keys, IDataProtectionProvider dataProtection)
{
    /// <summary>The purpose of the Data Protection key that encrypts the signed data.</summary>
    public const string SignedDataPurpose = "Xueshi.Certificates.SignedData";

    /// <param name="data">What the certificate says; its serial is drawn here.</param>
    public IssuedCertificate Issue(
        Guid teacherId,
        (Guid Id, SchemeKind Kind, string Title) scheme,
        CertificateHolderSnapshot holder,
        SignedCertificateData data,
        IReadOnlyList<CertificateProgramRecord> programs,
        DateTimeOffset now,
        Guid? supersedes)
    {
        var serial = SerialNumbers.NewSerial();
        var signed = signer.Sign(CanonicalCertificate.Write(data with { Serial = serial }));
        var certificate = IssuedCertificate.Create(
            Guid.CreateVersion7(now), teacherId, scheme, serial, SerialNumbers.NewVerificationCode(), holder, programs, data.TotalHours,
            data.IssuedOn, now, data.Issuer, keys.ActiveKeyId, dataProtection.CreateProtector(SignedDataPurpose).Protect(signed), supersedes);
        db.Publish(new CertificateIssued(Guid.CreateVersion7(now), now, certificate.Id, teacherId, scheme.Id,
            [.. programs.Select(p => p.ProgramId)], serial, certificate.TotalHours, certificate.IssuedOn, supersedes));
        return certificate;
    }
}
