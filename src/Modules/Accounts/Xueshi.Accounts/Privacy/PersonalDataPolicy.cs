using Xueshi.Accounts.Authorization;

namespace Xueshi.Accounts.Privacy;

/// <summary>
/// Decides how much of its teachers' personal data a viewer sees, by the viewer's scope: a school
/// admin of that very school sees them as <see cref="PersonalDataAudience.OwnSchool"/>; a region
/// admin above it, or anyone else who may list it, as <see cref="PersonalDataAudience.Others"/>.
/// Whether the viewer may see the school at all is <see cref="AdminScope.RequireSchoolAsync"/>'s
/// question, asked first.
/// </summary>
internal sealed class PersonalDataPolicy(AdminScope scope, IdNumberProtector protector)
{
    public async Task<PersonalDataView> ForSchoolAsync(Guid schoolId, CancellationToken cancellationToken) =>
        new(await scope.IsSchoolAdminOfAsync(schoolId, cancellationToken) ? PersonalDataAudience.OwnSchool : PersonalDataAudience.Others, protector);

    public PersonalDataView ForOwner() => new(PersonalDataAudience.Owner, protector);
}
