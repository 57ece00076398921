using System.Text.RegularExpressions;

namespace Xueshi.Accounts.Domain;

/// <summary>The phone number is the account (手机号为账号): a mainland China mobile number.</summary>
internal static partial class PhoneNumber
{
    /// <summary>Mainland mobile numbers have 11 digits.</summary>
    public const int Length = 11;

    public static bool IsValid(string? phone) => phone is not null && Pattern().IsMatch(phone);

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Pattern();

    /// <summary>The same pattern, for validators that show it in the API document.</summary>
    public static Regex Regex => Pattern();
}
