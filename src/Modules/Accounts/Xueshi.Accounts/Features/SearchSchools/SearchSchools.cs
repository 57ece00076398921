using MediatR;
using Xueshi.Accounts.Features.Directory;

namespace Xueshi.Accounts.Features.SearchSchools;

/// <param name="RegionId">A county, or a city or province to search all of its counties.</param>
/// <param name="Q">Part of the school's name, case-insensitive, up to 50 characters.</param>
/// <param name="SchoolSystem">Only schools of this 学制 (kindergarten, primary, juniorSecondary, …).</param>
/// <param name="Page">1-based page number; default 1.</param>
/// <param name="PageSize">1 to 50; default 20.</param>
internal sealed record SearchSchools(Guid? RegionId, string? Q, string? SchoolSystem, int? Page, int? PageSize)
    : IRequest<SchoolPage>;

/// <param name="Items">The schools of this page; a county's "其他" entry comes first.</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Total">How many schools match in all.</param>
internal sealed record SchoolPage(IReadOnlyList<SchoolResponse> Items, int Page, int PageSize, int Total);
