using MediatR;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Features.ListPhoneRebindRequests;

/// <param name="Status">pending, approved or rejected; all without it.</param>
internal sealed record ListPhoneRebindRequests(string? Status) : IRequest<IReadOnlyList<PhoneRebindRequestItem>>;

/// <summary>A rebinding request as the support agent checks it.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="RealName">The name the person gave.</param>
/// <param name="IdNumberMasked">The ID number they gave, masked.</param>
/// <param name="OldPhone">原手机号.</param>
/// <param name="NewPhone">新手机号 (proven by an SMS code): the number to call back.</param>
/// <param name="SubmittedAt">When it was sent.</param>
/// <param name="Status">pending, approved or rejected.</param>
/// <param name="AccountFound">Whether an account has the old phone number now.</param>
/// <param name="ProfileMatches">Whether that account's teacher profile has this name and ID number.</param>
/// <param name="DecisionReason">Why it was rejected.</param>
/// <param name="DecidedAt">When it was decided.</param>
internal sealed record PhoneRebindRequestItem(
    Guid Id,
    string RealName,
    string IdNumberMasked,
    string OldPhone,
    string NewPhone,
    DateTimeOffset SubmittedAt,
    RebindRequestStatus Status,
    bool AccountFound,
    bool ProfileMatches,
    string? DecisionReason,
    DateTimeOffset? DecidedAt);
