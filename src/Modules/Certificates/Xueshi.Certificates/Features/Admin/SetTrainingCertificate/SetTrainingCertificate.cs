using FluentValidation;
using MediatR;

namespace Xueshi.Certificates.Features.Admin.SetTrainingCertificate;

/// <param name="Title">What the certificate prints as its title; the training's title when empty.</param>
/// <param name="CertificateDate">证书发放日期 (China Standard Time): after the last day of every program of the training.</param>
internal sealed record TrainingCertificateBody(string? Title, DateOnly? CertificateDate);

/// <summary>An operator sets (or changes) a training's one certificate.</summary>
internal sealed record SetTrainingCertificate(Guid TrainingId, string? Title, DateOnly? CertificateDate) : IRequest<TrainingCertificateView>;

/// <summary>A training's certificate as set.</summary>
internal sealed record GetTrainingCertificate(Guid TrainingId) : IRequest<TrainingCertificateView>;

/// <param name="TrainingId">The training (研修).</param>
/// <param name="Title">What the certificate prints.</param>
/// <param name="CertificateDate">证书发放日期.</param>
/// <param name="ClaimableOn">The first day certificates can be claimed: the date, or the day after the last program ends if one ends later.</param>
/// <param name="ProgramIds">The programs it covers: the training's, as teachers see them now.</param>
/// <param name="UpdatedAt">Last set.</param>
internal sealed record TrainingCertificateView(Guid TrainingId, string Title, DateOnly CertificateDate, DateOnly ClaimableOn, IReadOnlyList<Guid> ProgramIds, DateTimeOffset UpdatedAt);

internal sealed class SetTrainingCertificateValidator : AbstractValidator<SetTrainingCertificate>
{
    public SetTrainingCertificateValidator()
    {
        RuleFor(c => c.Title).MaximumLength(200);
        RuleFor(c => c.CertificateDate).NotNull();
    }
}
