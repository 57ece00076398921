using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Features.Enroll;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Contracts;

internal sealed class GetMissingProfileFieldsHandler(EnrollmentDbContext db, IMediator mediator)
    : IRequestHandler<GetMissingProfileFields, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(GetMissingProfileFields request, CancellationToken cancellationToken)
    {
        var program = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.ProgramId, cancellationToken);
        if (program is null || await mediator.Send(new GetTeacherStatus(request.TeacherId), cancellationToken) is not { } status)
        {
            return [];
        }

        return EnrollmentPolicy.MissingFields(program, status);
    }
}
