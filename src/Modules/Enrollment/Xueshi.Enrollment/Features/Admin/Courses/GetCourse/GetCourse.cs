using MediatR;

namespace Xueshi.Enrollment.Features.Admin.Courses.GetCourse;

/// <param name="CourseId">The course.</param>
internal sealed record GetCourse(Guid CourseId) : IRequest<AdminCourseResponse>;

internal sealed class GetCourseHandler(CatalogEditing editing) : IRequestHandler<GetCourse, AdminCourseResponse>
{
    public Task<AdminCourseResponse> Handle(GetCourse request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        return editing.CourseViewAsync(request.CourseId, cancellationToken);
    }
}
