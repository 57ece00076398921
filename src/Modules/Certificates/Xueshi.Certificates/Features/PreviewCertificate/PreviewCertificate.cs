using MediatR;
using Xueshi.Certificates.Features.Views;

namespace Xueshi.Certificates.Features.PreviewCertificate;

/// <summary>The certificate as confirming would create it, personal data masked (证书预览时个人信息显示不完全).</summary>
internal sealed record PreviewCertificate(Guid ProgramId) : IRequest<CertificatePreviewView>;

/// <param name="Scheme">Which certificate.</param>
/// <param name="HolderName">姓名, masked (李**).</param>
/// <param name="IdNumber">证件号码, masked (37**************23).</param>
/// <param name="SchoolName">所在学校.</param>
/// <param name="TotalHours">学时 in all.</param>
/// <param name="Programs">Hours per program and course.</param>
/// <param name="IssuedOn">发证日期 if confirmed today.</param>
/// <param name="Issuer">发证单位.</param>
/// <param name="Warning">What the teacher must know before confirming: the data cannot change afterwards.</param>
/// <param name="PreviewDigest">Send it back to confirm: confirming is refused if the data changed since this preview.</param>
internal sealed record CertificatePreviewView(
    CertificateSchemeView Scheme,
    string HolderName,
    string IdNumber,
    string SchoolName,
    decimal TotalHours,
    IReadOnlyList<CertificateProgramView> Programs,
    DateOnly IssuedOn,
    string Issuer,
    string Warning,
    string PreviewDigest);
