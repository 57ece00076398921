using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses.DetachCourse;

/// <param name="ProgramId">The program.</param>
/// <param name="CourseId">The course.</param>
/// <param name="IfMatch">The program's ETag last read.</param>
internal sealed record DetachCourse(Guid ProgramId, Guid CourseId, string? IfMatch) : IRequest<AdminProgramResponse>;

internal sealed class DetachCourseHandler(CatalogEditing editing) : IRequestHandler<DetachCourse, AdminProgramResponse>
{
    public async Task<AdminProgramResponse> Handle(DetachCourse request, CancellationToken cancellationToken)
    {
        var program = await editing.ProgramForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        var db = editing.Db;
        var link = await db.ProgramCourses.SingleOrDefaultAsync(l => l.ProgramId == program.Id && l.CourseId == request.CourseId, cancellationToken)
            ?? throw CatalogAdminErrors.CourseNotAttached.ToException();
        // Teachers of a published or closed program may have studied the course: its progress must keep counting there.
        if (program.State != ProgramState.Draft)
        {
            throw CatalogAdminErrors.LinkOfPublishedProgram.ToException();
        }

        db.ProgramCourses.Remove(link);
        program.Touch(editing.Now);
        await db.SaveAsync(cancellationToken);
        return await editing.ProgramViewAsync(program.Id, cancellationToken);
    }
}
