using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Tests;

/// <summary>The manuals print whole days read in Beijing: "2月28日" still allows study at 23:59:59 that evening.</summary>
public sealed class StudyWindowTests
{
    private static readonly StudyWindow Winter2023 = new(new DateOnly(2022, 12, 2), new DateOnly(2023, 2, 28));

    [Theory]
    [InlineData("2022-12-01T15:59:59Z", false)] // 23:59:59 on 1 Dec in Beijing
    [InlineData("2022-12-01T16:00:00Z", true)]  // 00:00 on 2 Dec in Beijing
    [InlineData("2023-02-28T15:59:59Z", true)]  // 23:59:59 on 28 Feb in Beijing, the window's last second
    [InlineData("2023-02-28T16:00:00Z", false)] // 00:00 on 1 Mar in Beijing
    public void The_window_opens_and_closes_at_midnight_in_China_Standard_Time(string instant, bool inside) =>
        Assert.Equal(inside, Winter2023.Contains(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_date_in_Beijing_is_a_day_ahead_of_UTC_after_four_in_the_afternoon() =>
        Assert.Equal(new DateOnly(2023, 1, 5), StudyWindow.DateAt(new DateTimeOffset(2023, 1, 4, 16, 0, 0, TimeSpan.Zero)));
}
