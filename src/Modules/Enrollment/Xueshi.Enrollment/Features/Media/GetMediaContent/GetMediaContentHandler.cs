using MediatR;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Media.Access;

namespace Xueshi.Enrollment.Features.Media.GetMediaContent;

internal sealed class GetMediaContentHandler(MediaContentReader reader, ICurrentUser user) : IRequestHandler<GetMediaContent, MediaContent>
{
    public Task<MediaContent> Handle(GetMediaContent request, CancellationToken cancellationToken) =>
        reader.OpenAsync(request.Id, MediaReader.From(user), cancellationToken);
}
