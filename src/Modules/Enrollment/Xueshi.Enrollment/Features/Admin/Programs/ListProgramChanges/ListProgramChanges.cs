using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Xueshi.Enrollment.Features.Admin.Programs.ListProgramChanges;

/// <param name="ProgramId">The program.</param>
/// <param name="Page">1-based page number; default 1.</param>
/// <param name="PageSize">1 to 100; default 20.</param>
internal sealed record ListProgramChanges(Guid ProgramId, int? Page, int? PageSize) : IRequest<CatalogChangePage>;

internal sealed class ListProgramChangesValidator : AbstractValidator<ListProgramChanges>
{
    public ListProgramChangesValidator() => AdminQuery.Paging(this, r => r.Page, r => r.PageSize);
}

internal sealed class ListProgramChangesHandler(CatalogEditing editing) : IRequestHandler<ListProgramChanges, CatalogChangePage>
{
    public async Task<CatalogChangePage> Handle(ListProgramChanges request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        var db = editing.Db;
        if (!await db.Programs.AnyAsync(p => p.Id == request.ProgramId, cancellationToken))
        {
            throw EnrollmentErrors.ProgramNotFound.ToException();
        }

        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? AdminQuery.DefaultPageSize;
        var changes = db.CatalogChanges.AsNoTracking().Where(c => c.ProgramId == request.ProgramId);
        var total = await changes.CountAsync(cancellationToken);
        var items = await changes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new CatalogChangeResponse(c.Id, c.At, c.ActorId, c.Action, c.CourseId, c.SubjectId, c.Summary))
            .ToListAsync(cancellationToken);
        return new CatalogChangePage(items, page, pageSize, total);
    }
}
