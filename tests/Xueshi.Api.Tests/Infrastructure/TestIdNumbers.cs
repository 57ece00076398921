using System.Globalization;
using System.Security.Cryptography;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>
/// Valid resident ID numbers (GB 11643, ISO 7064 MOD 11-2 computed here, not taken from the code
/// under test), random so tests sharing a database never collide on the unique ID number.
/// </summary>
internal static class TestIdNumbers
{
    public static string Next(bool male = true)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(RandomNumberGenerator.GetInt32(0, 365 * 40));
        var sequence = RandomNumberGenerator.GetInt32(0, 500) * 2 + (male ? 1 : 0);
        return Complete("370102" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture));
    }

    public static string Complete(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * (int)(Math.Pow(2, 17 - i) % 11);
        }

        var check = (12 - (sum % 11)) % 11;
        return first17 + (check == 10 ? "X" : check.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The same number with a wrong final character.</summary>
    public static string WithWrongCheck(string number) => number[..17] + (number[17] == '1' ? '2' : '1');
}
