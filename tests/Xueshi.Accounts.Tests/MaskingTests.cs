using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class MaskingTests
{
    [Fact]
    public void An_ID_number_keeps_its_first_and_last_two_characters() =>
        Assert.Equal("37**************23", Masking.IdNumber("370102198503141223"));

    [Fact]
    public void An_ID_number_ending_in_X_keeps_the_X() =>
        Assert.Equal("11**************2X", Masking.IdNumber("11010519491231002X"));

    [Theory]
    [InlineData("AB12", "****")]
    [InlineData("E1234567", "E1****67")]
    public void Short_and_passport_numbers_are_masked_too(string number, string masked) =>
        Assert.Equal(masked, Masking.IdNumber(number));

    [Theory]
    [InlineData("110105194912310021", "110105********0021")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("110105491231002", "110105*****1002")]
    public void The_own_schools_view_of_an_ID_number_keeps_its_first_6_and_last_4(string number, string masked) =>
        Assert.Equal(masked, Masking.IdNumberForSchool(number));

    [Theory]
    [InlineData("E12345678", "E1*****78")]
    [InlineData("AB12", "****")]
    public void A_number_too_short_for_6_and_4_is_masked_as_for_everyone(string number, string masked) =>
        Assert.Equal(masked, Masking.IdNumberForSchool(number));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("张", "张*")]
    [InlineData("阿卜杜拉·买买提", "阿*******")]
    [InlineData(" 李四 ", "李*")]
    public void A_name_keeps_only_its_first_character(string name, string masked) =>
        Assert.Equal(masked, Masking.Name(name));

    [Fact]
    public void A_name_starting_with_a_character_beyond_the_BMP_keeps_it_whole() =>
        Assert.Equal("𠇔*", Masking.Name("𠇔明"));

    [Fact]
    public void A_phone_keeps_its_first_three_and_last_four_digits() =>
        Assert.Equal("139****5678", Masking.Phone("13912345678"));

    [Fact]
    public void The_mask_never_contains_the_hidden_digits()
    {
        var number = "370102198503141223";
        var masked = Masking.IdNumber(number);
        Assert.DoesNotContain("19850314", masked, StringComparison.Ordinal);
        Assert.Equal(number.Length, masked.Length);
    }
}
