using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Resources.AddResource;

internal sealed class AddResourceHandler(CatalogEditing editing, ResourceBuilder builder) : IRequestHandler<AddResource, AdminCourseResponse>
{
    public async Task<AdminCourseResponse> Handle(AddResource request, CancellationToken cancellationToken)
    {
        var course = await editing.CourseForChangeAsync(request.CourseId, request.IfMatch, cancellationToken);
        var db = editing.Db;
        var chapterId = request.ChapterId!.Value;
        await builder.RequireChapterAsync(course.Id, chapterId, cancellationToken);
        var content = await builder.ContentAsync(request, null, cancellationToken);
        var position = request.Position
            ?? Math.Min(ResourceFieldsValidator<AddResource>.MaxPosition,
                (await db.Resources.Where(r => r.ChapterId == chapterId).MaxAsync(r => (int?)r.Position, cancellationToken) ?? -1) + 1);
        var resource = Resource.Create(course.Id, chapterId, position, content, editing.Now);
        var programs = await editing.ProgramsIncludingAsync(course.Id, cancellationToken);
        await builder.CheckAsync(resource, programs, cancellationToken);

        db.Resources.Add(resource);
        course.Touch(editing.Now);
        editing.Record(programs.Where(p => p.IsVisibleToTeachers).Select(p => p.ProgramId), course.Id, "resource.added", resource.Id,
            $"新增学习资源：{resource.Title}");
        await db.SaveAsync(cancellationToken);
        return await editing.CourseViewAsync(course.Id, cancellationToken);
    }
}
