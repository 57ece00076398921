using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Features.Directory;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.GetSchool;

internal sealed class GetSchoolHandler(AccountsDbContext db) : IRequestHandler<GetSchool, SchoolResponse>
{
    public async Task<SchoolResponse> Handle(GetSchool request, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
            ?? throw AccountsErrors.SchoolNotFound.ToException();
        return await SchoolResponses.OfAsync(db, school, cancellationToken);
    }
}
