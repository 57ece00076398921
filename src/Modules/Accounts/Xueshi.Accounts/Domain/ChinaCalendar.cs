namespace Xueshi.Accounts.Domain;

/// <summary>
/// Dates people read are China Standard Time (UTC+8, no daylight saving): a birth date "in the
/// future" or this year's entry year is judged by the date in Beijing, not in UTC.
/// </summary>
internal static class ChinaCalendar
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);
}
