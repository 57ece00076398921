using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Xueshi.Enrollment.Features.Admin.Resources.DeleteResource;

/// <param name="CourseId">The course.</param>
/// <param name="ResourceId">The resource.</param>
/// <param name="IfMatch">The course's ETag last read.</param>
internal sealed record DeleteResource(Guid CourseId, Guid ResourceId, string? IfMatch) : IRequest<AdminCourseResponse>;

internal sealed class DeleteResourceHandler(CatalogEditing editing) : IRequestHandler<DeleteResource, AdminCourseResponse>
{
    public async Task<AdminCourseResponse> Handle(DeleteResource request, CancellationToken cancellationToken)
    {
        var course = await editing.CourseForChangeAsync(request.CourseId, request.IfMatch, cancellationToken);
        var db = editing.Db;
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == request.ResourceId && r.CourseId == course.Id, cancellationToken)
            ?? throw EnrollmentErrors.ResourceNotFound.ToException();
        var programs = await editing.ProgramsIncludingAsync(course.Id, cancellationToken);
        var visible = programs.Where(p => p.IsVisibleToTeachers).Select(p => p.ProgramId).ToList();

        // "A teacher has started it" cannot be asked yet: the Learning progress module does not exist. Until it does,
        // "a teacher could have started it" is approximated by "a teacher could see it": the course is in a published
        // or closed program. Such a resource is archived (row and progress kept, no new study); otherwise it is deleted.
        if (visible.Count > 0)
        {
            resource.Archive(editing.Now);
            editing.Record(visible, course.Id, "resource.archived", resource.Id, $"归档学习资源：{resource.Title}");
        }
        else
        {
            db.Resources.Remove(resource);
        }

        course.Touch(editing.Now);
        await db.SaveAsync(cancellationToken);
        return await editing.CourseViewAsync(course.Id, cancellationToken);
    }
}
