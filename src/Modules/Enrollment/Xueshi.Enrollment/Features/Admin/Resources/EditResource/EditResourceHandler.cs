using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Xueshi.Enrollment.Features.Admin.Resources.EditResource;

internal sealed class EditResourceHandler(CatalogEditing editing, ResourceBuilder builder) : IRequestHandler<EditResource, AdminCourseResponse>
{
    public async Task<AdminCourseResponse> Handle(EditResource request, CancellationToken cancellationToken)
    {
        var course = await editing.CourseForChangeAsync(request.CourseId, request.IfMatch, cancellationToken);
        var db = editing.Db;
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == request.ResourceId && r.CourseId == course.Id, cancellationToken)
            ?? throw EnrollmentErrors.ResourceNotFound.ToException();
        if (resource.IsArchived)
        {
            throw CatalogAdminErrors.ResourceArchived.ToException();
        }

        var chapterId = request.ChapterId!.Value;
        await builder.RequireChapterAsync(course.Id, chapterId, cancellationToken);
        var programs = await editing.ProgramsIncludingAsync(course.Id, cancellationToken);
        var visible = programs.Where(p => p.IsVisibleToTeachers).Select(p => p.ProgramId).ToList();
        // Progress recorded against a video must keep meaning the same thing: a visible resource keeps its kind.
        if (visible.Count > 0 && request.Kind != resource.Kind)
        {
            throw CatalogAdminErrors.ResourceKindFixed.ToException();
        }

        var content = await builder.ContentAsync(request, resource.Quiz, cancellationToken);
        resource.Change(chapterId, request.Position ?? resource.Position, content, editing.Now);
        await builder.CheckAsync(resource, programs, cancellationToken);
        course.Touch(editing.Now);
        editing.Record(visible, course.Id, "resource.edited", resource.Id, $"编辑学习资源：{resource.Title}");
        await db.SaveAsync(cancellationToken);
        return await editing.CourseViewAsync(course.Id, cancellationToken);
    }
}
