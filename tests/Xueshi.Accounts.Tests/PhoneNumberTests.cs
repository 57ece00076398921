using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData("15012345678")]
    public void Mainland_mobile_numbers_are_accepted(string phone) => Assert.True(PhoneNumber.IsValid(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("+8613812345678")]
    [InlineData("1381234567a")]
    [InlineData(" 13812345678")]
    [InlineData("010-12345678")]
    public void Anything_else_is_refused(string? phone) => Assert.False(PhoneNumber.IsValid(phone));
}
