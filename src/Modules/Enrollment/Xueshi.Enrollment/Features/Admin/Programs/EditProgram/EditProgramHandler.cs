using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Features.Admin.Programs.CreateProgram;

namespace Xueshi.Enrollment.Features.Admin.Programs.EditProgram;

internal sealed class EditProgramHandler(CatalogEditing editing) : IRequestHandler<EditProgram, AdminProgramResponse>
{
    public async Task<AdminProgramResponse> Handle(EditProgram request, CancellationToken cancellationToken)
    {
        var program = await editing.ProgramForChangeAsync(request.ProgramId, request.IfMatch, cancellationToken);
        await ProgramReferences.CheckAsync(editing.Db, request, program.Id, cancellationToken);
        var before = program.Title;
        program.Edit(request.ToDetails(), editing.Now);

        if (program.State == ProgramState.Published)
        {
            // Moving the window must not leave a course opening outside it.
            var links = await editing.Db.ProgramCourses.AsNoTracking().Where(l => l.ProgramId == program.Id).ToListAsync(cancellationToken);
            CatalogCoherence.ThrowIfAny(CatalogCoherence.Window(program.StartsOn, program.EndsOn)
                .Concat(links.SelectMany(l => CatalogCoherence.Opening($"courses[{l.CourseId}].opensOn", l.OpensOn, program.StartsOn, program.EndsOn)))
                .ToList());
        }

        if (program.IsVisibleToTeachers)
        {
            editing.Record([program.Id], null, "program.edited", program.Id,
                before == program.Title ? $"编辑专题：{program.Title}" : $"编辑专题：{before} → {program.Title}");
        }

        await editing.Db.SaveAsync(cancellationToken);
        return await editing.ProgramViewAsync(program.Id, cancellationToken);
    }
}
