using MediatR;

namespace Xueshi.Enrollment.Features.Reviews.LikeCourse;

internal sealed record LikeCourse(Guid CourseId) : IRequest<LikeState>;
