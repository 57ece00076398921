namespace Xueshi.Accounts.Sms;

/// <summary>Limits on codes sent, beyond the per-phone ones in SmsCode, under "Xueshi:Sms".</summary>
internal sealed class SmsLimitsOptions
{
    public const string Section = "Xueshi:Sms";

    /// <summary>
    /// Codes a day from one client address, counted in sms_codes (so they survive a restart and hold across
    /// instances): the per-hour limiter alone still lets one address run up 720 messages a day.
    /// </summary>
    public int DailyLimitPerAddress { get; set; } = 100;
}
