using MediatR;
using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Features.GetMe;

internal sealed record GetMe : IRequest<MeResponse>;

/// <summary>The signed-in person's own account; the phone is shown in full to its owner.</summary>
internal sealed record MeResponse(
    Guid AccountId,
    string Phone,
    string Nickname,
    AccountIdentity Identity,
    IReadOnlyList<AccountRole> Roles,
    DateTimeOffset RegisteredAt);
