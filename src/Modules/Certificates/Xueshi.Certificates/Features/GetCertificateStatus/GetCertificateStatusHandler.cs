using MediatR;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Certificates.Features.Claims;
using Xueshi.Certificates.Features.Views;

namespace Xueshi.Certificates.Features.GetCertificateStatus;

internal sealed class GetCertificateStatusHandler(ICurrentUser user, CertificateSchemes schemes, CertificateStandings standings)
    : IRequestHandler<GetCertificateStatus, CertificateStatusView>
{
    public async Task<CertificateStatusView> Handle(GetCertificateStatus request, CancellationToken cancellationToken)
    {
        var teacherId = user.RequireAccountId();
        var (program, scheme) = await schemes.ForProgramAsync(request.ProgramId, cancellationToken);
        if (program is null)
        {
            throw CertificatesErrors.ProgramNotFound.ToException();
        }

        if (scheme is null)
        {
            return new CertificateStatusView(request.ProgramId, null, false, 0, [new ConditionView(CertificatesErrors.NoCertificate.Code, CertificatesErrors.NoCertificate.Message)], null);
        }

        var claimed = await schemes.ValidAsync(teacherId, scheme.SchemeId, cancellationToken);
        if (claimed is not null)
        {
            return new CertificateStatusView(request.ProgramId, CertificateViewMapping.Scheme(scheme), false, claimed.TotalHours, [], CertificateView.Of(claimed));
        }

        var facts = await standings.DecideAsync(teacherId, scheme, cancellationToken) ?? throw CertificatesErrors.ProgramNotFound.ToException();
        var eligibility = facts.Eligibility;
        return new CertificateStatusView(request.ProgramId, CertificateViewMapping.Scheme(scheme), eligibility.IsEligible, eligibility.TotalHours,
            [.. eligibility.Unmet.Select(c => new ConditionView(c.Code, c.Message))], null);
    }
}
