using MediatR;

namespace Xueshi.Accounts.Features.Profile.RemoveMySchool;

/// <summary>删除任教信息: the teacher leaves the school; the verification ends.</summary>
internal sealed record RemoveMySchool : IRequest<MyProfileResponse>;
