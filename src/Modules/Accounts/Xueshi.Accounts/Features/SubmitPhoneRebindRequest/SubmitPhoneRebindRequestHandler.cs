using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Rebinding;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts.Features.SubmitPhoneRebindRequest;

internal sealed class SubmitPhoneRebindRequestHandler(
    AccountsDbContext db,
    SmsCodeVerifier smsCodes,
    IdNumberProtector idNumbers,
    TimeProvider clock) : IRequestHandler<SubmitPhoneRebindRequest, PhoneRebindRequestAccepted>
{
    public async Task<PhoneRebindRequestAccepted> Handle(SubmitPhoneRebindRequest request, CancellationToken cancellationToken)
    {
        if (request.PhotoLength > PhoneRebindPhoto.MaxBytes || request.Photo is null || request.Photo.Length > PhoneRebindPhoto.MaxBytes)
        {
            throw CommonErrors.RequestTooLarge.ToException(new Dictionary<string, object?> { ["field"] = "photo", ["maxBytes"] = PhoneRebindPhoto.MaxBytes });
        }

        var contentType = IdPhoto.ContentTypeOf(request.Photo) ?? throw RebindingErrors.PhotoInvalid.ToException(
            new Dictionary<string, object?> { ["field"] = "photo" });

        var newPhone = request.NewPhone!;
        if (await db.Accounts.AnyAsync(a => a.Phone == newPhone, cancellationToken))
        {
            throw AccountsErrors.PhoneTaken.ToException();
        }

        if (!await smsCodes.TryConsumeAsync(newPhone, SmsPurpose.RebindNewPhone, request.NewPhoneCode!, cancellationToken))
        {
            throw AccountsErrors.SmsCodeInvalid.ToException(new Dictionary<string, object?> { ["field"] = "newPhoneCode" });
        }

        // Whether the old number has an account, and whether name and ID number match it, is kept
        // for the support agent and never told to the sender: the form must not probe accounts.
        var now = clock.GetUtcNow();
        IdTypes.TryParse(request.IdType, out var idType);
        var accountId = await db.Accounts.Where(a => a.Phone == request.OldPhone).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
        var rebind = PhoneRebindRequest.Submit(accountId, request.RealName!, idNumbers.Protect(idType, request.IdNumber!),
            request.OldPhone!, newPhone, now);
        db.PhoneRebindRequests.Add(rebind);
        db.PhoneRebindPhotos.Add(new PhoneRebindPhoto { RequestId = rebind.Id, ContentType = contentType, Content = request.Photo });
        await db.SaveChangesAsync(cancellationToken);
        return new PhoneRebindRequestAccepted(rebind.Id, rebind.Status);
    }
}
