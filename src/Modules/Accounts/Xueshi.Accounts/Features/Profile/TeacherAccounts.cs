using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.Profile;

/// <summary>Only accounts whose identity is teacher have a profile; students and parents switch first.</summary>
internal static class TeacherAccounts
{
    public static async Task RequireTeacherAsync(AccountsDbContext db, Guid accountId, CancellationToken cancellationToken)
    {
        var identity = await db.Accounts.Where(a => a.Id == accountId).Select(a => (AccountIdentity?)a.Identity)
            .SingleOrDefaultAsync(cancellationToken) ?? throw AccountsErrors.AccountNotFound.ToException();
        if (identity != AccountIdentity.Teacher)
        {
            throw ProfileErrors.NotATeacher.ToException();
        }
    }
}
