using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Admin.Programs.DeleteProgram;

/// <param name="ProgramId">The program.</param>
/// <param name="IfMatch">The ETag last read.</param>
internal sealed record DeleteProgram(Guid ProgramId, string? IfMatch) : IRequest;

internal sealed class DeleteProgramHandler(CatalogEditing editing) : AsyncRequestHandler<DeleteProgram>
{
    protected override async Task Handle(DeleteProgram request, CancellationToken cancellationToken)
    {
        var program = await editing.ProgramForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        // A program teachers could see has enrollments and progress hanging on it: it is closed, never deleted.
        if (program.State != ProgramState.Draft)
        {
            throw CatalogAdminErrors.ProgramNotDraft.ToException();
        }

        // Its course links go with it (cascade); the courses stay, other programs may include them.
        editing.Db.Programs.Remove(program);
        await editing.Db.SaveAsync(cancellationToken);
    }
}
