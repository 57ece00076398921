using FluentValidation;
using MediatR;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Courses.CreateCourse;

/// <summary>A new course, in no program yet; attach it to programs afterwards.</summary>
/// <param name="Title">课程名称, 2 to 100 characters.</param>
/// <param name="Description">课程简介.</param>
/// <param name="Lecturers">主讲人: name, title (职称), affiliation (单位).</param>
internal sealed record CreateCourse(string? Title, string? Description, IReadOnlyList<Lecturer>? Lecturers) : IRequest<AdminCourseResponse>, ICourseFields;

internal sealed class CreateCourseValidator : CourseFieldsValidator<CreateCourse>;

internal sealed class CreateCourseHandler(CatalogEditing editing) : IRequestHandler<CreateCourse, AdminCourseResponse>
{
    public async Task<AdminCourseResponse> Handle(CreateCourse request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        var course = Course.Create(request.Title ?? "", request.Description ?? "", request.LecturerList(), editing.Now);
        editing.Db.Courses.Add(course);
        await editing.Db.SaveChangesAsync(cancellationToken);
        return await editing.CourseViewAsync(course.Id, cancellationToken);
    }
}
