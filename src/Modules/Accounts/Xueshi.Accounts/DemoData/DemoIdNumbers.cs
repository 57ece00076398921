using System.Globalization;

namespace Xueshi.Accounts.DemoData;

/// <summary>
/// Resident ID numbers for demo people, computed rather than typed so every one passes GB 11643:
/// region code + birth date + a three-digit sequence (odd last digit: male) + the check character.
/// </summary>
internal static class DemoIdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string Make(string regionCode, DateOnly birth, int sequence)
    {
        var body = regionCode + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return body + CheckCharacters[sum % 11];
    }
}
