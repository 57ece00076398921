using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Accounts.Features;

/// <summary>Limits every paged list shares.</summary>
internal static class Paging
{
    /// <summary>
    /// Far past any real list (China has about 500 000 schools: 10 000 pages of 50) and low enough
    /// that (page - 1) × pageSize cannot overflow.
    /// </summary>
    public const int MaxPage = 10_000;

    public static string MaxPageMessage => Localized.Pick("页码最大为10000。", "Pages go up to 10000.");
}
