using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Directory;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.AddSchool;

internal sealed class AddSchoolHandler(AccountsDbContext db, AdminScope scope, TimeProvider clock)
    : IRequestHandler<AddSchool, SchoolResponse>
{
    public async Task<SchoolResponse> Handle(AddSchool request, CancellationToken cancellationToken)
    {
        // A region the caller does not administer answers as if it did not exist.
        if (!await scope.AdministersRegionAsync(request.CountyId, cancellationToken))
        {
            throw AccountsErrors.RegionNotFound.ToException();
        }

        var level = await db.Regions.Where(r => r.Id == request.CountyId).Select(r => r.Level).SingleAsync(cancellationToken);
        if (level != RegionLevel.County)
        {
            throw DirectoryErrors.NotACounty.ToException();
        }

        var name = request.Name.Trim();
        if (await db.Schools.AnyAsync(s => s.RegionId == request.CountyId && s.Name == name, cancellationToken))
        {
            throw DirectoryErrors.SchoolNameTaken.ToException();
        }

        var school = School.Create(request.CountyId, name, request.SchoolSystem!.Value, clock.GetUtcNow());
        db.Schools.Add(school);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two admins added the same name at once: the unique index (county, name) decided.
            throw DirectoryErrors.SchoolNameTaken.ToException();
        }

        return await SchoolResponses.OfAsync(db, school, cancellationToken);
    }
}
