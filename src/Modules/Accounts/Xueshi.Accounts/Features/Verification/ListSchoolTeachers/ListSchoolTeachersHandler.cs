using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;

namespace Xueshi.Accounts.Features.Verification.ListSchoolTeachers;

internal sealed class ListSchoolTeachersHandler(AccountsDbContext db, AdminScope scope, PersonalDataPolicy privacy, AuditTrail audit)
    : IRequestHandler<ListSchoolTeachers, SchoolTeachersPage>
{
    public async Task<SchoolTeachersPage> Handle(ListSchoolTeachers request, CancellationToken cancellationToken)
    {
        await scope.RequireSchoolAsync(request.SchoolId, cancellationToken);
        var view = await privacy.ForSchoolAsync(request.SchoolId, cancellationToken);
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? ListSchoolTeachers.DefaultPageSize;

        var teachers = db.TeacherProfiles.AsNoTracking().Where(p => p.SchoolId == request.SchoolId);
        if (request.StatusFilter is { } status)
        {
            teachers = teachers.Where(p => p.VerificationStatus == status);
        }

        // A prefix of the plain name is enough for an administrator looking for 张 or 张三, and
        // needs nothing stored beyond the name itself.
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var prefix = request.Q.Trim();
            teachers = teachers.Where(p => p.RealName != null && p.RealName.StartsWith(prefix));
        }

        var total = await teachers.CountAsync(cancellationToken);
        var rows = await teachers
            .Join(db.Accounts, p => p.AccountId, a => a.Id, (p, a) => new { Profile = p, a.Phone })
            .OrderBy(x => x.Profile.SubmittedAt).ThenBy(x => x.Profile.AccountId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        var items = rows.Select(x => new SchoolTeacherItem(
                x.Profile.AccountId,
                view.Name(x.Profile.RealName),
                view.IdNumber(x.Profile.IdNumberCipher, x.Profile.IdNumberMasked),
                view.Phone(x.Phone),
                x.Profile.Gender,
                x.Profile.Stage,
                x.Profile.Subject,
                x.Profile.Title,
                x.Profile.IsPsychologyTeacher,
                x.Profile.IsHeadTeacher,
                x.Profile.VerificationStatus,
                x.Profile.VerificationReason,
                x.Profile.SubmittedAt,
                x.Profile.DecidedAt))
            .ToList();
        // Who saw which teachers, and how much of them (the own school sees names and 6+4 ID numbers).
        await audit.RecordReadAsync(items.Select(i => i.AccountId),
            view.Audience == PersonalDataAudience.OwnSchool
                ? ["realName", "idNumber6+4", "phoneMasked", "gender", "stage", "subject", "title", "roles"]
                : ["realNameMasked", "idNumberMasked", "phoneMasked", "gender", "stage", "subject", "title", "roles"],
            "School", request.SchoolId, cancellationToken);
        return new SchoolTeachersPage(items, total, page, pageSize);
    }
}
