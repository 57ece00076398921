using MediatR;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Media.Intake;

namespace Xueshi.Enrollment.Features.Media.UploadMedia;

/// <summary>A file already staged (streamed to disk, counted, hashed) to be judged as <paramref name="Kind"/> and stored.</summary>
internal sealed record UploadMedia(MediaKind Kind, StagedUpload File, string? FileName) : IRequest<MediaResponse>;
