using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Admin.Programs.CloseProgram;

/// <param name="ProgramId">The program.</param>
/// <param name="IfMatch">The ETag last read.</param>
internal sealed record CloseProgram(Guid ProgramId, string? IfMatch) : IRequest<AdminProgramResponse>;

internal sealed class CloseProgramHandler(CatalogEditing editing) : IRequestHandler<CloseProgram, AdminProgramResponse>
{
    public async Task<AdminProgramResponse> Handle(CloseProgram request, CancellationToken cancellationToken)
    {
        var program = await editing.ProgramForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        if (program.State != ProgramState.Published)
        {
            throw CatalogAdminErrors.NotPublishedToClose.ToException();
        }

        program.Close(editing.Now);
        editing.Record([program.Id], null, "program.closed", program.Id, $"关闭专题：{program.Title}");
        await editing.Db.SaveAsync(cancellationToken);
        return await editing.ProgramViewAsync(program.Id, cancellationToken);
    }
}
