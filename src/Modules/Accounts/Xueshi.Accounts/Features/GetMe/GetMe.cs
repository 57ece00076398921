using MediatR;
using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Features.GetMe;

internal sealed record GetMe : IRequest<MeResponse>;

/// <summary>The signed-in person's own account; the phone is shown in full to its owner.</summary>
/// <param name="ConsentRequired">True: the account has not agreed to the current 用户协议 and 隐私政策 (POST /api/v1/me/consents);
/// until it does, the other endpoints answer 403 accounts.consent_required.</param>
/// <param name="BasicsRequired">True: created by an SMS sign-in, the identity and nickname are still to choose (POST /api/v1/me/basics).</param>
/// <param name="HasPassword">False until a password is set (修改密码 with an SMS code); until then only SMS sign-in works.</param>
internal sealed record MeResponse(
    Guid AccountId,
    string Phone,
    string Nickname,
    AccountIdentity Identity,
    IReadOnlyList<AccountRole> Roles,
    DateTimeOffset RegisteredAt,
    bool ConsentRequired,
    bool BasicsRequired,
    bool HasPassword);
