using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Admin.Programs.ListPrograms;

/// <param name="State">Only programs in this state: draft, published or closed.</param>
/// <param name="Q">Only programs whose title contains this.</param>
/// <param name="Page">1-based page number; default 1.</param>
/// <param name="PageSize">1 to 100; default 20.</param>
internal sealed record ListPrograms(string? State, string? Q, int? Page, int? PageSize) : IRequest<AdminProgramPage>;

internal sealed class ListProgramsValidator : AbstractValidator<ListPrograms>
{
    public ListProgramsValidator()
    {
        RuleFor(r => r.State).Cascade(CascadeMode.Stop)
            .Text(0, 9).WithMessage(_ => Localized.Pick("状态取值为：draft, published, closed", "The state is one of: draft, published, closed"))
            .Must(s => AdminQuery.TryParse<ProgramState>(s, out _))
            .WithMessage(_ => Localized.Pick("状态取值为：draft, published, closed", "The state is one of: draft, published, closed"));
        RuleFor(r => r.Q).Text(0, 100).WithMessage(_ => Localized.Pick("搜索词最多100个字。", "The search has at most 100 characters."));
        AdminQuery.Paging(this, r => r.Page, r => r.PageSize);
    }
}

internal sealed class ListProgramsHandler(CatalogEditing editing) : IRequestHandler<ListPrograms, AdminProgramPage>
{
    public async Task<AdminProgramPage> Handle(ListPrograms request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        var db = editing.Db;
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? AdminQuery.DefaultPageSize;
        var programs = db.Programs.AsNoTracking();
        if (AdminQuery.TryParse<ProgramState>(request.State, out var state) && state is { } s)
        {
            programs = programs.Where(p => p.State == s);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim();
            programs = programs.Where(p => p.Title.Contains(q));
        }

        var total = await programs.CountAsync(cancellationToken);
        var items = await programs.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new AdminProgramSummary(p.Id, p.Title, p.Audience, p.State, p.StartsOn, p.EndsOn, p.TrainingId,
                db.ProgramCourses.Count(l => l.ProgramId == p.Id), p.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new AdminProgramPage(items, page, pageSize, total);
    }
}
