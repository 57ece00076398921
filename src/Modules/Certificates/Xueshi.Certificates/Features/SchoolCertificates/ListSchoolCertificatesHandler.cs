using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.SchoolCertificates;

internal sealed class ListSchoolCertificatesHandler(SchoolCertificateQueries queries) : IRequestHandler<ListSchoolCertificates, SchoolCertificatesPage>
{
    public async Task<SchoolCertificatesPage> Handle(ListSchoolCertificates request, CancellationToken cancellationToken)
    {
        await queries.RequireSchoolAdministratorAsync(request.SchoolId, cancellationToken);
        var matching = queries.Matching(request.SchoolId, request.ProgramId, request.StatusFilter).AsNoTracking();
        var total = await matching.CountAsync(cancellationToken);
        var page = await matching
            .OrderByDescending(c => c.IssuedAt).ThenBy(c => c.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        // Recorded before anything is served: the audit throwing means nothing is shown.
        await queries.AuditAsync([.. page.Select(c => c.TeacherId).Distinct()], "SchoolCertificates", request.SchoolId, cancellationToken);
        return new SchoolCertificatesPage([.. page.Select(View)], total, request.Page, request.PageSize);
    }

    private static SchoolCertificateView View(IssuedCertificate c) => new(
        c.Id, c.TeacherId, c.HolderName, c.IdNumberForSchool, c.Serial, c.Status, c.SchemeKind, c.Title,
        [.. c.Programs.Select(p => new SchoolCertificateProgramView(p.ProgramId, p.Title, p.Hours))], c.TotalHours, c.IssuedOn, c.VoidedAt);
}
