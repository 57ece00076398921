using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.ProfileSummary;

/// <summary>Masked display names for other modules' public lists (course reviews); never the full name.</summary>
internal sealed class GetMaskedNamesHandler(AccountsDbContext db) : IRequestHandler<GetMaskedNames, IReadOnlyDictionary<Guid, string>>
{
    public async Task<IReadOnlyDictionary<Guid, string>> Handle(GetMaskedNames request, CancellationToken cancellationToken)
    {
        var ids = request.AccountIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var rows = await (
                from a in db.Accounts.AsNoTracking()
                where ids.Contains(a.Id)
                from p in db.TeacherProfiles.Where(p => p.AccountId == a.Id).DefaultIfEmpty()
                select new { a.Id, a.Nickname, RealName = p == null ? null : p.RealName })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => Masking.Name(string.IsNullOrWhiteSpace(r.RealName) ? r.Nickname : r.RealName));
    }
}
