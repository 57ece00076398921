using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Features.Catalog;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Enroll.EnrollInProgram;

/// <summary>
/// 立即报名. Idempotent: an existing enrollment (own, or through a program this one carries courses
/// over from) is answered as it is, before any rule, because the teacher already has what they asked
/// for (re-opening the dialog after the window closed still shows "已报名", not a refusal). Only a new row
/// publishes <see cref="TeacherEnrolled"/>; two concurrent requests meet at the primary key.
/// </summary>
internal sealed class EnrollInProgramHandler(EnrollmentDbContext db, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<EnrollInProgram, EnrollmentOutcome>
{
    public async Task<EnrollmentOutcome> Handle(EnrollInProgram request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var program = await TeacherCatalog.RequireProgramAsync(db, request.ProgramId, cancellationToken);
        var status = await mediator.Send(new GetTeacherStatus(teacherId), cancellationToken)
            ?? throw CommonErrors.Unauthenticated.ToException();

        if (await MyEnrollmentState.FindAsync(db, teacherId, program.Id, cancellationToken) is { } existing)
        {
            return new EnrollmentOutcome(await RespondAsync(program, status, existing.Enrollment, existing.ThroughProgramId, cancellationToken), false);
        }

        var now = clock.GetUtcNow();
        if (await EnrollmentPolicy.RefusalAsync(db, program, status, now, cancellationToken) is { } refusal)
        {
            throw refusal.ToException();
        }

        var enrollment = ProgramEnrollment.Create(teacherId, program.Id, now);
        db.Enrollments.Add(enrollment);
        db.Publish(new TeacherEnrolled(Guid.CreateVersion7(now), now, enrollment.Id, teacherId, program.Id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request enrolled first: its row (and its one event) stand; answer with it.
            db.ChangeTracker.Clear();
            var winner = await db.Enrollments.AsNoTracking()
                .SingleAsync(x => x.TeacherId == teacherId && x.ProgramId == program.Id, cancellationToken);
            return new EnrollmentOutcome(await RespondAsync(program, status, winner, null, cancellationToken), false);
        }

        return new EnrollmentOutcome(await RespondAsync(program, status, enrollment, null, cancellationToken), true);
    }

    private async Task<EnrollmentResponse> RespondAsync(
        TrainingProgram program, TeacherStatus status, ProgramEnrollment enrollment, Guid? throughProgramId, CancellationToken cancellationToken)
    {
        var throughTitle = throughProgramId is { } id
            ? await db.Programs.AsNoTracking().Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new EnrollmentResponse(enrollment.Id, program.Id, enrollment.EnrolledAt, throughProgramId, throughTitle,
            EnrollmentPolicy.Notices(program, status));
    }
}
