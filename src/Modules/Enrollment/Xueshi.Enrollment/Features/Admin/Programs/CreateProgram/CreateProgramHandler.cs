using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Programs.CreateProgram;

internal sealed class CreateProgramHandler(CatalogEditing editing) : IRequestHandler<CreateProgram, AdminProgramResponse>
{
    public async Task<AdminProgramResponse> Handle(CreateProgram request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        await ProgramReferences.CheckAsync(editing.Db, request, null, cancellationToken);
        var program = TrainingProgram.CreateDraft(request.ToDetails(), editing.Now);
        editing.Db.Programs.Add(program);
        await editing.Db.SaveChangesAsync(cancellationToken);
        return await editing.ProgramViewAsync(program.Id, cancellationToken);
    }
}

/// <summary>The ids a program's fields name must exist: its training and the program refused teachers are sent to.</summary>
internal static class ProgramReferences
{
    public static async Task CheckAsync(Persistence.EnrollmentDbContext db, IProgramFields fields, Guid? self, CancellationToken ct)
    {
        if (fields.TrainingId is { } training && !await db.Trainings.AnyAsync(t => t.Id == training, ct))
        {
            throw EnrollmentErrors.TrainingNotFound.ToException();
        }

        if (fields.SchoolSystems?.RedirectProgramId is { } redirect && (redirect == self || !await db.Programs.AnyAsync(p => p.Id == redirect, ct)))
        {
            throw EnrollmentErrors.ProgramNotFound.ToException();
        }
    }
}
