using MediatR;

namespace Xueshi.Accounts.Features.GetPhoneRebindPhoto;

internal sealed record GetPhoneRebindPhoto(Guid RequestId) : IRequest<RebindPhotoFile>;

internal sealed record RebindPhotoFile(byte[] Content, string ContentType);
