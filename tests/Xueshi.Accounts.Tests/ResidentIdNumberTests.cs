using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("370102", 1985, 3, 14, 123)]
    [InlineData("110105", 1949, 12, 31, 2)]
    [InlineData("440305", 2000, 2, 29, 456)]
    [InlineData("650102", 1972, 7, 1, 999)]
    public void Numbers_built_with_the_MOD_11_2_rule_are_valid(string region, int year, int month, int day, int sequence)
    {
        var number = IdNumbers.Make(region, new DateOnly(year, month, day), sequence);
        Assert.True(ResidentIdNumber.IsValid(number, Today), number);
    }

    [Fact]
    public void The_published_sample_with_an_X_check_character_is_valid() =>
        Assert.True(ResidentIdNumber.IsValid("11010519491231002X", Today));

    [Fact]
    public void A_computed_X_check_character_is_accepted_and_a_lower_case_x_after_normalising()
    {
        var number = IdNumbers.MakeEndingInX("370102", new DateOnly(1990, 5, 17));
        Assert.True(ResidentIdNumber.IsValid(number, Today));
        Assert.False(ResidentIdNumber.IsValid(number.ToLowerInvariant(), Today));
        Assert.True(ResidentIdNumber.IsValid(ResidentIdNumber.Normalize(" " + number.ToLowerInvariant() + " "), Today));
    }

    [Fact]
    public void Every_wrong_check_character_is_refused()
    {
        var number = IdNumbers.Make("370102", new DateOnly(1985, 3, 14), 123);
        foreach (var wrong in "0123456789X".Where(c => c != number[17]))
        {
            Assert.False(ResidentIdNumber.IsValid(number[..17] + wrong, Today), number[..17] + wrong);
        }
    }

    [Fact]
    public void A_swapped_pair_of_digits_is_caught_by_the_check_character()
    {
        var number = IdNumbers.Make("370102", new DateOnly(1985, 3, 14), 123);
        var swapped = number[..14] + number[15] + number[14] + number[16..];
        Assert.NotEqual(number, swapped);
        Assert.False(ResidentIdNumber.IsValid(swapped, Today));
    }

    [Theory]
    [InlineData("19850230")] // no 30 February
    [InlineData("19851301")] // no 13th month
    [InlineData("19850001")] // no month 0
    [InlineData("19010229")] // 1901 is not a leap year
    [InlineData("18991231")] // before 1900
    [InlineData("20261124")] // tomorrow
    [InlineData("20300101")] // the future
    public void Impossible_birth_dates_are_refused_even_with_a_right_check_character(string birth) =>
        Assert.False(ResidentIdNumber.IsValid(IdNumbers.Complete("370102" + birth + "123"), Today));

    [Fact]
    public void Someone_born_today_is_accepted() =>
        Assert.True(ResidentIdNumber.IsValid(IdNumbers.Make("370102", Today, 1), Today));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("37010219850314123")]
    [InlineData("3701021985031412345")]
    [InlineData("37010219850314A23X")]
    [InlineData("370102850314123")] // the old 15-digit form
    public void Wrong_shapes_are_refused(string? number) => Assert.False(ResidentIdNumber.IsValid(number, Today));

    [Fact]
    public void The_seventeenth_digit_gives_the_gender()
    {
        Assert.Equal(Gender.Male, ResidentIdNumber.GenderOf(IdNumbers.Make("370102", new DateOnly(1985, 3, 14), 123)));
        Assert.Equal(Gender.Female, ResidentIdNumber.GenderOf(IdNumbers.Make("370102", new DateOnly(1985, 3, 14), 124)));
        Assert.Equal(Gender.Female, ResidentIdNumber.GenderOf("11010519491231002X"));
    }
}
