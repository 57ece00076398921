namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// A program's study window (学习时间) as the manuals print it: whole days, read in China Standard
/// Time (UTC+8, no daylight saving). It opens at 00:00 of the first day in Beijing and closes at
/// 24:00 of the last: "2月28日" still allows study at 23:59:59 that evening.
/// </summary>
public sealed record StudyWindow(DateOnly StartsOn, DateOnly EndsOn)
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The first instant of the window.</summary>
    public DateTimeOffset StartsAt => StartOf(StartsOn);

    /// <summary>The first instant after the window (exclusive).</summary>
    public DateTimeOffset EndsAt => StartOf(EndsOn.AddDays(1));

    public bool Contains(DateTimeOffset instant) => instant >= StartsAt && instant < EndsAt;

    /// <summary>00:00 of the date in Beijing.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), ChinaOffset);

    /// <summary>The date in Beijing at an instant.</summary>
    public static DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);
}
