using MediatR;

namespace Xueshi.Accounts.Features.Profile.GetMyProfile;

internal sealed record GetMyProfile : IRequest<MyProfileResponse>;
