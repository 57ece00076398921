using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Enrollment.Features;

/// <summary>Limits every paged list of the module shares (as Accounts' lists).</summary>
internal static class Paging
{
    public const int MaxPage = 10_000;

    public const int MaxPageSize = 50;

    public const int DefaultPageSize = 20;

    public static string PageMessage => Localized.Pick("页码为1-10000。", "Pages go from 1 to 10000.");

    public static string PageSizeMessage => Localized.Pick("每页数量为1-50。", "The page size is 1 to 50.");
}
