using MediatR;

namespace Xueshi.Enrollment.Features.Admin.Programs.PublishProgram;

/// <param name="ProgramId">The program.</param>
/// <param name="IfMatch">The ETag last read.</param>
internal sealed record PublishProgram(Guid ProgramId, string? IfMatch) : IRequest<AdminProgramResponse>;
