using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Features.Directory;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.CorrectSchool;

internal sealed class CorrectSchoolHandler(AccountsDbContext db, AdminScope scope, TimeProvider clock)
    : IRequestHandler<CorrectSchool, SchoolResponse>
{
    public async Task<SchoolResponse> Handle(CorrectSchool request, CancellationToken cancellationToken)
    {
        await scope.RequireSchoolAsync(request.SchoolId, cancellationToken);
        var school = await db.Schools.SingleAsync(s => s.Id == request.SchoolId, cancellationToken);
        if (school.IsOther)
        {
            throw DirectoryErrors.OtherSchoolFixed.ToException();
        }

        var name = request.Name?.Trim() ?? school.Name;
        if (name != school.Name && await db.Schools.AnyAsync(s => s.RegionId == school.RegionId && s.Name == name, cancellationToken))
        {
            throw DirectoryErrors.SchoolNameTaken.ToException();
        }

        school.Correct(name, request.SchoolSystem ?? school.SchoolSystem, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw DirectoryErrors.SchoolNameTaken.ToException();
        }

        return await SchoolResponses.OfAsync(db, school, cancellationToken);
    }
}
