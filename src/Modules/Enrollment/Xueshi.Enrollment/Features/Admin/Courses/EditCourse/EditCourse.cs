using System.Text.Json.Serialization;
using MediatR;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Courses.EditCourse;

/// <summary>The course's title, description and lecturers, replaced.</summary>
/// <param name="Title">课程名称, 2 to 100 characters.</param>
/// <param name="Description">课程简介.</param>
/// <param name="Lecturers">主讲人: name, title (职称), affiliation (单位).</param>
internal sealed record EditCourse(string? Title, string? Description, IReadOnlyList<Lecturer>? Lecturers) : IRequest<AdminCourseResponse>, ICourseFields
{
    [JsonIgnore]
    public Guid CourseId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

internal sealed class EditCourseValidator : CourseFieldsValidator<EditCourse>;

internal sealed class EditCourseHandler(CatalogEditing editing) : IRequestHandler<EditCourse, AdminCourseResponse>
{
    public async Task<AdminCourseResponse> Handle(EditCourse request, CancellationToken cancellationToken)
    {
        var course = await editing.CourseForChangeAsync(request.CourseId, request.IfMatch, cancellationToken);
        var before = course.Title;
        course.Edit(request.Title ?? "", request.Description ?? "", request.LecturerList(), editing.Now);
        var programs = await editing.ProgramsIncludingAsync(course.Id, cancellationToken);
        editing.Record(programs.Where(p => p.IsVisibleToTeachers).Select(p => p.ProgramId), course.Id, "course.edited", course.Id,
            before == course.Title ? $"编辑课程：{course.Title}" : $"编辑课程：{before} → {course.Title}");
        await editing.Db.SaveAsync(cancellationToken);
        return await editing.CourseViewAsync(course.Id, cancellationToken);
    }
}
