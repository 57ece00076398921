using MediatR;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Certificates.Features.Claims;
using Xueshi.Certificates.Features.Views;

namespace Xueshi.Certificates.Features.ClaimCertificate;

internal sealed class ClaimCertificateHandler(ICurrentUser user, CertificateClaims claims) : IRequestHandler<ClaimCertificate, ClaimedCertificate>
{
    public async Task<ClaimedCertificate> Handle(ClaimCertificate request, CancellationToken cancellationToken)
    {
        var teacherId = user.RequireAccountId();
        var (certificate, created) = await claims.ConfirmAsync(teacherId, request.ProgramId, request.PreviewDigest!, cancellationToken);
        return new ClaimedCertificate(CertificateView.Of(certificate), created);
    }
}
