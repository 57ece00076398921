using MediatR;
using Xueshi.Enrollment.Media.Access;

namespace Xueshi.Enrollment.Features.Media.CreateMediaLink;

/// <param name="Id">The media file.</param>
internal sealed record CreateMediaLink(Guid Id) : IRequest<MediaLink>;
