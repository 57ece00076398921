using FluentValidation;
using MediatR;
using Xueshi.Certificates.Features.Views;

namespace Xueshi.Certificates.Features.ClaimCertificate;

/// <summary>确认正确: create the certificate the teacher previewed.</summary>
/// <param name="PreviewDigest">The previewDigest of the preview the teacher checked.</param>
internal sealed record ClaimCertificateBody(string? PreviewDigest);

internal sealed record ClaimCertificate(Guid ProgramId, string? PreviewDigest) : IRequest<ClaimedCertificate>;

/// <param name="Certificate">The certificate.</param>
/// <param name="Created">Made by this request; false when it already existed (a second confirmation, another device).</param>
internal sealed record ClaimedCertificate(CertificateView Certificate, bool Created);

internal sealed class ClaimCertificateValidator : AbstractValidator<ClaimCertificate>
{
    public ClaimCertificateValidator() =>
        RuleFor(c => c.PreviewDigest).NotEmpty().MaximumLength(64);
}
