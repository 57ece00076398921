using MediatR;

namespace Xueshi.Accounts.Features.SubmitPhoneRebindRequest;

/// <summary>The form as received; the photo is read into memory only after its size was checked.</summary>
internal sealed record SubmitPhoneRebindRequest(
    string? RealName,
    string? IdType,
    string? IdNumber,
    string? OldPhone,
    string? NewPhone,
    string? NewPhoneCode,
    long? PhotoLength,
    byte[]? Photo) : IRequest<PhoneRebindRequestAccepted>;

/// <param name="RequestId">The request's id; support contacts the person on the new number.</param>
/// <param name="Status">pending until a support agent decides.</param>
internal sealed record PhoneRebindRequestAccepted(Guid RequestId, Domain.RebindRequestStatus Status);
