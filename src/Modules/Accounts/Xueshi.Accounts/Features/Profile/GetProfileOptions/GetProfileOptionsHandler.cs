using MediatR;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.Profile.GetProfileOptions;

internal sealed class GetProfileOptionsHandler : IRequestHandler<GetProfileOptions, ProfileOptionsResponse>
{
    private static readonly ProfileOptionsResponse Options = new(
        ProfileCatalog.IdTypes,
        ProfileCatalog.Genders,
        ProfileCatalog.Ethnicities,
        ProfileCatalog.PoliticalStatuses,
        ProfileCatalog.Educations,
        ProfileCatalog.TeacherTypes,
        ProfileCatalog.Stages,
        ProfileCatalog.Subjects,
        ProfileCatalog.Titles,
        ProfileCatalog.ItAbilities,
        TeacherProfile.RequiredFields);

    public Task<ProfileOptionsResponse> Handle(GetProfileOptions request, CancellationToken cancellationToken) => Task.FromResult(Options);
}
