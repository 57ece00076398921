using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("abc12345")]
    [InlineData("Teacher2026!")]
    [InlineData("学时abc12345")]
    public void Letters_and_digits_of_eight_or_more_pass(string password) =>
        Assert.True(PasswordPolicy.IsAcceptable(password, "13800138000"));

    [Theory]
    [InlineData("abc1234")]
    [InlineData("12345678")]
    [InlineData("abcdefgh")]
    [InlineData("abc 12345")]
    [InlineData("")]
    [InlineData(null)]
    public void Short_single_class_or_spaced_passwords_fail(string? password) =>
        Assert.False(PasswordPolicy.IsAcceptable(password, "13800138000"));

    [Fact]
    public void A_password_containing_the_phone_number_fails() =>
        Assert.False(PasswordPolicy.IsAcceptable("a13800138000", "13800138000"));

    [Fact]
    public void A_password_longer_than_64_fails() =>
        Assert.False(PasswordPolicy.IsAcceptable("a1" + new string('x', 63), "13800138000"));
}
