using MediatR;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Catalog.ListPrograms;

/// <param name="Status">open (进行中), upcoming (即将开始) or ended (已结束); every published and closed program without it.</param>
/// <param name="Page">1-based page number; default 1.</param>
/// <param name="PageSize">1 to 50; default 20.</param>
internal sealed record ListPrograms(string? Status, int? Page, int? PageSize) : IRequest<ProgramPage>;

/// <param name="Items">Open and upcoming programs soonest first; ended ones most recent first.</param>
/// <param name="Total">How many programs match in all.</param>
internal sealed record ProgramPage(IReadOnlyList<ProgramSummary> Items, int Page, int PageSize, int Total);

/// <param name="StartsOn">First day of the study window (China Standard Time).</param>
/// <param name="EndsOn">Last day of the study window, inclusive (China Standard Time).</param>
/// <param name="Status">Open now, upcoming or ended, as of today in Beijing.</param>
/// <param name="CourseCount">Courses the program includes.</param>
internal sealed record ProgramSummary(
    Guid Id,
    string Title,
    Guid? CoverMediaId,
    Audience Audience,
    Guid? TrainingId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    ProgramStatus Status,
    int CourseCount);
