using MediatR;
using Xueshi.Enrollment.Features.Media.GetMediaContent;

namespace Xueshi.Enrollment.Features.Media.GetSignedMediaContent;

/// <param name="Id">The media file.</param>
/// <param name="Token">The token of a link from POST /api/v1/media/{id}/access.</param>
internal sealed record GetSignedMediaContent(Guid Id, string? Token) : IRequest<MediaContent>;
