using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Media.Access;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Media.GetMedia;

internal sealed class GetMediaHandler(EnrollmentDbContext db, ICurrentUser user) : IRequestHandler<GetMedia, MediaResponse>
{
    public async Task<MediaResponse> Handle(GetMedia request, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(MediaRoles.Operator))
        {
            throw CommonErrors.Forbidden.ToException();
        }

        var media = await db.MediaFiles.AsNoTracking().SingleOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw MediaErrors.NotFound.ToException();
        return MediaResponse.Of(media);
    }
}
