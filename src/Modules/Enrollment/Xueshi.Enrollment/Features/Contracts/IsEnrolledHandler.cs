using MediatR;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class IsEnrolledHandler(EnrollmentDbContext db) : IRequestHandler<IsEnrolled, bool>
{
    public Task<bool> Handle(IsEnrolled request, CancellationToken cancellationToken) =>
        EnrollmentLookup.IsEnrolledAsync(db, request.TeacherId, request.ProgramId, cancellationToken);
}
