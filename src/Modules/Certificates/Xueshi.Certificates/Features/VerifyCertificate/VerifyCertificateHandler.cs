using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Features.Views;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.VerifyCertificate;

internal sealed class VerifyCertificateHandler(CertificatesDbContext db) : IRequestHandler<VerifyCertificate, CertificateVerificationView>
{
    public async Task<CertificateVerificationView> Handle(VerifyCertificate request, CancellationToken cancellationToken)
    {
        var serialKey = SerialNumbers.Normalize(request.Serial!);
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialKey == serialKey, cancellationToken);
        // The code is compared in constant time, and against a stand-in when the serial names nothing: a wrong serial and a
        // wrong code take the same path and get the same answer.
        var expected = Encoding.ASCII.GetBytes(certificate?.VerificationCode ?? "--------");
        var given = Encoding.ASCII.GetBytes(SerialNumbers.Normalize(request.Code!));
        if (!CryptographicOperations.FixedTimeEquals(expected, given) || certificate is null)
        {
            throw CertificatesErrors.VerificationFailed.ToException();
        }

        var supersededBy = certificate.SupersededById is { } next
            ? await db.Certificates.AsNoTracking().Where(c => c.Id == next)
                .Select(c => new SupersedingCertificateView(c.Serial, c.VerificationCode)).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new CertificateVerificationView(
            certificate.Status, certificate.Serial, certificate.Title, certificate.HolderNameMasked, certificate.IdNumberMasked, certificate.SchoolName,
            certificate.TotalHours, [.. certificate.Programs.Select(CertificateViewMapping.Program)], certificate.IssuedOn, certificate.Issuer,
            certificate.VoidedAt, supersededBy);
    }
}
