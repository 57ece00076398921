using MediatR;
using Xueshi.Certificates.Features.Views;

namespace Xueshi.Certificates.Features.GetCertificateStatus;

/// <summary>The certificate area of a program page: which certificate, whether it can be claimed and why not, and the claimed one.</summary>
internal sealed record GetCertificateStatus(Guid ProgramId) : IRequest<CertificateStatusView>;

/// <param name="ProgramId">The program asked about.</param>
/// <param name="Scheme">The certificate the program leads to (its own or its training's); null when it gives none.</param>
/// <param name="Eligible">It can be claimed now (and has not been).</param>
/// <param name="TotalHours">The hours it would record (the completed programs'), 0 while none is complete.</param>
/// <param name="UnmetConditions">Every reason it cannot be claimed yet, in the teacher's words; empty when eligible or claimed.</param>
/// <param name="Certificate">The valid certificate already claimed, if any.</param>
internal sealed record CertificateStatusView(
    Guid ProgramId,
    CertificateSchemeView? Scheme,
    bool Eligible,
    decimal TotalHours,
    IReadOnlyList<ConditionView> UnmetConditions,
    CertificateView? Certificate);
