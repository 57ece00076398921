using MediatR;
using Xueshi.Enrollment.Features.Media.GetMediaContent;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Media.Access;

namespace Xueshi.Enrollment.Features.Media.GetSignedMediaContent;

internal sealed class GetSignedMediaContentHandler(MediaLinks links, MediaContentReader reader) : IRequestHandler<GetSignedMediaContent, MediaContent>
{
    public Task<MediaContent> Handle(GetSignedMediaContent request, CancellationToken cancellationToken)
    {
        var holder = links.Read(request.Id, request.Token!) ?? throw MediaErrors.LinkInvalid.ToException();
        return reader.OpenAsync(request.Id, holder, cancellationToken);
    }
}
