using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Certificates.Features.Views;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.ListMyCertificates;

/// <summary>我的证书: every certificate of the signed-in teacher, void ones included (marked), newest first.</summary>
internal sealed record ListMyCertificates : IRequest<IReadOnlyList<CertificateView>>;

/// <summary>One of the signed-in teacher's certificates.</summary>
internal sealed record GetMyCertificate(Guid CertificateId) : IRequest<CertificateView>;

internal sealed class ListMyCertificatesHandler(ICurrentUser user, CertificatesDbContext db)
    : IRequestHandler<ListMyCertificates, IReadOnlyList<CertificateView>>, IRequestHandler<GetMyCertificate, CertificateView>
{
    public async Task<IReadOnlyList<CertificateView>> Handle(ListMyCertificates request, CancellationToken cancellationToken)
    {
        var teacherId = user.RequireAccountId();
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.TeacherId == teacherId)
            .OrderByDescending(c => c.IssuedAt)
            .ToListAsync(cancellationToken);
        return [.. certificates.Select(CertificateView.Of)];
    }

    public async Task<CertificateView> Handle(GetMyCertificate request, CancellationToken cancellationToken)
    {
        var teacherId = user.RequireAccountId();
        // Someone else's certificate answers as one that does not exist: ids are not probed here.
        var certificate = await db.Certificates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == request.CertificateId && c.TeacherId == teacherId, cancellationToken)
            ?? throw CertificatesErrors.CertificateNotFound.ToException();
        return CertificateView.Of(certificate);
    }
}
