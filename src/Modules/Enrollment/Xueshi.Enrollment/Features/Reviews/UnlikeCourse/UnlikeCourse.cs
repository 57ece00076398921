using MediatR;

namespace Xueshi.Enrollment.Features.Reviews.UnlikeCourse;

internal sealed record UnlikeCourse(Guid CourseId) : IRequest<LikeState>;
