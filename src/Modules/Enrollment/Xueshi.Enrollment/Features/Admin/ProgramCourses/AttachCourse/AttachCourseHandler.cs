using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses.AttachCourse;

internal sealed class AttachCourseHandler(CatalogEditing editing, CatalogCoherence coherence) : IRequestHandler<AttachCourse, AdminProgramResponse>
{
    public async Task<AdminProgramResponse> Handle(AttachCourse request, CancellationToken cancellationToken)
    {
        var program = await editing.ProgramForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        var db = editing.Db;
        var courseId = request.CourseId!.Value;
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken)
            ?? throw EnrollmentErrors.CourseNotFound.ToException();
        if (await db.ProgramCourses.AnyAsync(l => l.ProgramId == program.Id && l.CourseId == courseId, cancellationToken))
        {
            throw CatalogAdminErrors.CourseAlreadyAttached.ToException();
        }

        await CourseLinkRules.CheckCarriedFromAsync(db, program.Id, courseId, request.CarriedFromProgramId, cancellationToken);
        CourseLinkRules.CheckOpening(program, request.OpensOn);
        if (program.State == ProgramState.Published)
        {
            // The course joins what teachers see: it must be as coherent as the rest.
            var issues = new List<CoherenceIssue>();
            foreach (var resource in await db.Resources.AsNoTracking().Where(r => r.CourseId == courseId).ToListAsync(cancellationToken))
            {
                issues.AddRange(await coherence.ResourceAsync(resource, $"resources[{resource.Id}].", cancellationToken));
            }

            CatalogCoherence.ThrowIfAny(issues);
        }

        var position = request.Position
            ?? (await db.ProgramCourses.Where(l => l.ProgramId == program.Id).MaxAsync(l => (int?)l.Position, cancellationToken) ?? -1) + 1;
        db.ProgramCourses.Add(ProgramCourse.Create(program.Id, courseId, Math.Min(position, CourseLinkRules.MaxPosition), request.OpensOn,
            request.CarriedFromProgramId));
        program.Touch(editing.Now);
        if (program.IsVisibleToTeachers)
        {
            editing.Record([program.Id], courseId, "course.attached", courseId, $"加入课程：{course.Title}");
        }

        await db.SaveAsync(cancellationToken);
        return await editing.ProgramViewAsync(program.Id, cancellationToken);
    }
}
