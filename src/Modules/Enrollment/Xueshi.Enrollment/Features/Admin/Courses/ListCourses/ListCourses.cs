using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Enrollment.Features.Admin.Courses.ListCourses;

/// <param name="Q">Only courses whose title contains this.</param>
/// <param name="Page">1-based page number; default 1.</param>
/// <param name="PageSize">1 to 100; default 20.</param>
internal sealed record ListCourses(string? Q, int? Page, int? PageSize) : IRequest<AdminCoursePage>;

internal sealed class ListCoursesValidator : AbstractValidator<ListCourses>
{
    public ListCoursesValidator()
    {
        RuleFor(r => r.Q).Text(0, 100).WithMessage(_ => Localized.Pick("搜索词最多100个字。", "The search has at most 100 characters."));
        AdminQuery.Paging(this, r => r.Page, r => r.PageSize);
    }
}

internal sealed class ListCoursesHandler(CatalogEditing editing) : IRequestHandler<ListCourses, AdminCoursePage>
{
    public async Task<AdminCoursePage> Handle(ListCourses request, CancellationToken cancellationToken)
    {
        editing.RequireOperator();
        var db = editing.Db;
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? AdminQuery.DefaultPageSize;
        var courses = db.Courses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim();
            courses = courses.Where(c => c.Title.Contains(q));
        }

        var total = await courses.CountAsync(cancellationToken);
        var rows = await courses.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, c.Title, c.Lecturers, c.UpdatedAt, Programs = db.ProgramCourses.Count(l => l.CourseId == c.Id) })
            .ToListAsync(cancellationToken);
        var items = rows.Select(c => new AdminCourseSummary(c.Id, c.Title, c.Lecturers.Select(l => l.Name).ToList(), c.Programs, c.UpdatedAt)).ToList();
        return new AdminCoursePage(items, page, pageSize, total);
    }
}
