using FluentValidation;
using MediatR;
using Xueshi.Certificates.Features.Views;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.VerifyCertificate;

/// <summary>证书验证: anyone holding a certificate (an employer, a school, an education bureau) checks it with its serial and code.</summary>
internal sealed record VerifyCertificate(string? Serial, string? Code) : IRequest<CertificateVerificationView>;

/// <param name="Serial">The serial that replaced the void one.</param>
/// <param name="VerificationCode">Its code, so the page can show it in turn.</param>
internal sealed record SupersedingCertificateView(string Serial, string VerificationCode);

/// <summary>What the public page shows: whether the certificate is genuine and valid, personal data masked.</summary>
/// <param name="Status">valid, or void (作废).</param>
/// <param name="Serial">证书编号.</param>
/// <param name="Title">What it certifies.</param>
/// <param name="HolderName">姓名, masked (李**).</param>
/// <param name="IdNumber">证件号码, masked (37**************23).</param>
/// <param name="SchoolName">所在学校.</param>
/// <param name="TotalHours">学时 in all.</param>
/// <param name="Programs">Hours per program and course.</param>
/// <param name="IssuedOn">发证日期.</param>
/// <param name="Issuer">发证单位.</param>
/// <param name="VoidedAt">When it became void; null while valid.</param>
/// <param name="SupersededBy">The certificate that replaced it; null while valid.</param>
internal sealed record CertificateVerificationView(
    CertificateStatus Status,
    string Serial,
    string Title,
    string HolderName,
    string IdNumber,
    string SchoolName,
    decimal TotalHours,
    IReadOnlyList<CertificateProgramView> Programs,
    DateOnly IssuedOn,
    string Issuer,
    DateTimeOffset? VoidedAt,
    SupersedingCertificateView? SupersededBy);

internal sealed class VerifyCertificateValidator : AbstractValidator<VerifyCertificate>
{
    public VerifyCertificateValidator()
    {
        RuleFor(v => v.Serial).NotEmpty().MaximumLength(64);
        RuleFor(v => v.Code).NotEmpty().MaximumLength(16);
    }
}
