using MediatR;

namespace Xueshi.Enrollment.Features.Media.GetMedia;

/// <param name="Id">The media file.</param>
internal sealed record GetMedia(Guid Id) : IRequest<MediaResponse>;
