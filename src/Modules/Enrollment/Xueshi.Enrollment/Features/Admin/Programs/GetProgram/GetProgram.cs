using MediatR;

namespace Xueshi.Enrollment.Features.Admin.Programs.GetProgram;

/// <param name="ProgramId">The program.</param>
internal sealed record GetProgram(Guid ProgramId) : IRequest<AdminProgramResponse>;

internal sealed class GetProgramHandler(CatalogEditing editing) : IRequestHandler<GetProgram, AdminProgramResponse>
{
    public Task<AdminProgramResponse> Handle(GetProgram request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        return editing.ProgramViewAsync(request.ProgramId, cancellationToken);
    }
}
