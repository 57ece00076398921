using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Features.Catalog;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Enroll.CheckEnrollment;

internal sealed class CheckEnrollmentHandler(EnrollmentDbContext db, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<CheckEnrollment, EnrollmentCheck>
{
    public async Task<EnrollmentCheck> Handle(CheckEnrollment request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var program = await TeacherCatalog.RequireProgramAsync(db, request.ProgramId, cancellationToken);
        var status = await mediator.Send(new GetTeacherStatus(teacherId), cancellationToken)
            ?? throw CommonErrors.Unauthenticated.ToException();
        var summary = await mediator.Send(new GetProfileSummary(teacherId), cancellationToken)
            ?? throw CommonErrors.Unauthenticated.ToException();

        var enrolled = await MyEnrollmentState.FindAsync(db, teacherId, program.Id, cancellationToken) is not null;
        var refusal = enrolled ? null : await EnrollmentPolicy.RefusalAsync(db, program, status, clock.GetUtcNow(), cancellationToken);
        return new EnrollmentCheck(
            program.Id,
            new CheckedProfile(summary.Nickname, summary.RealName, summary.IdNumberMasked, summary.SchoolName, summary.RegionPath,
                summary.Stage, summary.Subject, summary.Title, status.IsOtherSchool),
            EnrollmentPolicy.MissingFields(program, status),
            enrolled,
            refusal is null,
            refusal is null ? null : new CheckRefusal(refusal.Error.Code, refusal.Message, refusal.RedirectProgramId, refusal.RedirectProgramTitle),
            EnrollmentPolicy.Notices(program, status));
    }
}
