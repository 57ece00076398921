using MediatR;

namespace Xueshi.Enrollment.Features.Media.GetMediaContent;

/// <param name="Id">The media file.</param>
internal sealed record GetMediaContent(Guid Id) : IRequest<MediaContent>;
