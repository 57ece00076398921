using System.ComponentModel;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Xueshi.BuildingBlocks.Http;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Certificates.Documents;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.DownloadCertificate;

/// <summary>
/// The owner's PDF, with the full data (下载后即可看到完整信息). Only the owner: anyone else's id answers 404, as one that does not
/// exist. A void certificate is not offered: its replacement is the one to print.
/// </summary>
internal sealed class DownloadCertificateEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/certificates/{certificateId:guid}/pdf", async (
                [Description("The certificate.")] Guid certificateId, HttpContext http, ICurrentUser user, CertificatesDbContext db,
                CertificatePdfs pdfs, CancellationToken cancellationToken) =>
            {
                var teacherId = user.RequireAccountId();
                var certificate = await db.Certificates.AsNoTracking()
                    .SingleOrDefaultAsync(c => c.Id == certificateId && c.TeacherId == teacherId, cancellationToken)
                    ?? throw CertificatesErrors.CertificateNotFound.ToException();
                if (certificate.Status == CertificateStatus.Void)
                {
                    throw CertificatesErrors.CertificateVoid.ToException(new Dictionary<string, object?> { ["supersededById"] = certificate.SupersededById });
                }

                var bytes = await pdfs.GetAsync(certificate, cancellationToken);
                var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
                // Personal data in full: never kept by a shared cache.
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.File(bytes, "application/pdf", $"电子学习证书-{certificate.Serial}.pdf", entityTag: etag);
            })
            .WithName("DownloadCertificate")
            .WithTags(CertificatesApiTags.Certificates)
            .WithSummary("Download my certificate as a PDF (下载证书)")
            .WithDescription("A4, with the full name and ID number, the hours per program and course, issuer, date, serial, a QR code to " +
                "the public verification page and a second QR code holding the signed data (also in the PDF's Keywords) for offline " +
                "verification. The same certificate is the same bytes every time. Owner only: 404 certificates.not_found otherwise; " +
                "409 certificates.void for a certificate replaced after a data correction (with supersededById).")
            .RequireAuthorization()
            // A file (binary), so generated clients hand back the bytes: NSwag makes it a FileResponse.
            .Produces(StatusCodes.Status200OK, typeof(Microsoft.AspNetCore.Mvc.FileContentResult), "application/pdf")
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
