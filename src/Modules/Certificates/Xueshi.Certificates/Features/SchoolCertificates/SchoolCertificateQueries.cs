using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Certificates.Persistence;

namespace Xueshi.Certificates.Features.SchoolCertificates;

/// <summary>What the list and the export share: who may read, which rows, and the audit record before anything is served.</summary>
internal sealed class SchoolCertificateQueries(CertificatesDbContext db, ICurrentUser user, IMediator mediator)
{
    /// <summary>The fields a school sees, as the audit trail records them.</summary>
    public static readonly string[] Fields = ["realName", "idNumber6+4", "certificateSerial", "hours"];

    public async Task RequireSchoolAdministratorAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        if (!await mediator.Send(new IsSchoolAdministrator(user.RequireAccountId(), schoolId), cancellationToken))
        {
            throw CertificatesErrors.SchoolNotFound.ToException();
        }
    }

    public IQueryable<IssuedCertificate> Matching(Guid schoolId, Guid? programId, CertificateStatusFilter status)
    {
        var query = db.Certificates.Where(c => c.SchoolId == schoolId);
        query = status switch
        {
            CertificateStatusFilter.Valid => query.Where(c => c.Status == CertificateStatus.Valid),
            CertificateStatusFilter.Void => query.Where(c => c.Status == CertificateStatus.Void),
            _ => query,
        };
        return programId is { } p ? query.Where(c => c.ProgramIds.Contains(p)) : query;
    }

    public Task AuditAsync(IReadOnlyCollection<Guid> teacherIds, string resourceType, Guid schoolId, CancellationToken cancellationToken) =>
        teacherIds.Count == 0
            ? Task.CompletedTask
            : mediator.Send(new RecordPersonalDataRead(teacherIds, Fields, resourceType, schoolId), cancellationToken);
}
