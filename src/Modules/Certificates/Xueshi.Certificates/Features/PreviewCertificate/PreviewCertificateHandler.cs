using MediatR;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.Certificates.Features.Claims;
using Xueshi.Certificates.Features.Views;

namespace Xueshi.Certificates.Features.PreviewCertificate;

internal sealed class PreviewCertificateHandler(ICurrentUser user, CertificateClaims claims) : IRequestHandler<PreviewCertificate, CertificatePreviewView>
{
    public async Task<CertificatePreviewView> Handle(PreviewCertificate request, CancellationToken cancellationToken)
    {
        var teacherId = user.RequireAccountId();
        var (scheme, existing) = await claims.SchemeAsync(teacherId, request.ProgramId, cancellationToken);
        if (existing is not null)
        {
            throw CertificatesErrors.AlreadyClaimed.ToException(new Dictionary<string, object?> { ["certificateId"] = existing.Id });
        }

        var draft = await claims.DraftAsync(teacherId, scheme, cancellationToken);
        return new CertificatePreviewView(
            CertificateViewMapping.Scheme(scheme),
            draft.Holder.NameMasked,
            draft.Holder.IdNumberMasked,
            draft.Holder.SchoolName,
            draft.Data.TotalHours,
            [.. draft.Programs.Select(CertificateViewMapping.Program)],
            draft.Data.IssuedOn,
            draft.Data.Issuer,
            Localized.Pick(
                "请认真核对证书信息。一旦点击“确认正确”，证书信息将不可更改。为保护个人信息，预览中的姓名和证件号码显示不完全，下载的证书显示完整信息。",
                "Check the certificate carefully: once you confirm, its data can never change. Your name and ID number are partly hidden " +
                "in this preview for your protection; the downloaded certificate shows them in full."),
            draft.Digest);
    }
}
