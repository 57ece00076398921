using MediatR;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Media.Intake;

namespace Xueshi.Enrollment.Features.Media.UploadMedia;

internal sealed class UploadMediaHandler(MediaIntake intake, ICurrentUser user) : IRequestHandler<UploadMedia, MediaResponse>
{
    public async Task<MediaResponse> Handle(UploadMedia request, CancellationToken cancellationToken)
    {
        var media = await intake.AcceptAsync(request.File, request.Kind, request.FileName, user.RequireAccountId(), Guid.CreateVersion7(),
            cancellationToken);
        return MediaResponse.Of(media);
    }
}
