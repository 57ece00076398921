using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class SmsCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_fresh_code_is_six_digits_and_spends_once()
    {
        var (code, plain) = SmsCode.Issue("13800138000", SmsPurpose.Register, Now);
        Assert.Matches(@"^\d{6}$", plain);
        Assert.True(code.TryConsume(plain, Now.AddMinutes(1)));
        Assert.False(code.TryConsume(plain, Now.AddMinutes(1)));
    }

    [Fact]
    public void A_code_expires_after_five_minutes()
    {
        var (code, plain) = SmsCode.Issue("13800138000", SmsPurpose.Register, Now);
        Assert.False(code.TryConsume(plain, Now + SmsCode.Lifetime));
    }

    [Fact]
    public void Five_wrong_guesses_kill_the_code()
    {
        var (code, plain) = SmsCode.Issue("13800138000", SmsPurpose.SignIn, Now);
        var wrong = plain == "000000" ? "111111" : "000000";
        for (var i = 0; i < SmsCode.MaxFailedAttempts; i++)
        {
            Assert.False(code.TryConsume(wrong, Now));
        }

        Assert.False(code.TryConsume(plain, Now));
    }

    [Fact]
    public void The_code_is_not_stored_in_plain_text()
    {
        var (code, plain) = SmsCode.Issue("13800138000", SmsPurpose.Register, Now);
        Assert.DoesNotContain(plain, code.CodeHash, StringComparison.Ordinal);
    }
}
