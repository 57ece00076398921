using MediatR;

namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// A text resource's rich text (文本资源), as sanitized HTML (the operator console sanitizes it when
/// saved): for the reader. Null for other kinds, a PDF text, or no such resource.
/// </summary>
public sealed record GetResourceText(Guid ResourceId) : IRequest<string?>;
