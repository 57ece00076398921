using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Media.Access;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Media.CreateMediaLink;

internal sealed class CreateMediaLinkHandler(EnrollmentDbContext db, IMediaAccess access, MediaLinks links, ICurrentUser user)
    : IRequestHandler<CreateMediaLink, MediaLink>
{
    public async Task<MediaLink> Handle(CreateMediaLink request, CancellationToken cancellationToken)
    {
        var reader = MediaReader.From(user);
        if (!await db.MediaFiles.AnyAsync(m => m.Id == request.Id, cancellationToken) || !await access.CanReadAsync(request.Id, reader, cancellationToken))
        {
            throw MediaErrors.NotFound.ToException();
        }

        return links.Issue(request.Id, reader);
    }
}
