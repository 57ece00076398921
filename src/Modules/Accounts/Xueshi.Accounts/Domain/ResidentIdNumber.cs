using System.Globalization;

namespace Xueshi.Accounts.Domain;

/// <summary>
/// The 18-character resident ID number (GB 11643-1999): region code, birth date, sequence whose
/// last digit's parity is the gender, and an ISO 7064 MOD 11-2 check character.
/// </summary>
internal static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Upper-cases a trailing x, the one normalisation people need.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static bool IsValid(string? value, DateOnly today)
    {
        if (value is null || value.Length != 18 || !value[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(value.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today || birth.Year < 1900)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        return value[17] == CheckCharacters[sum % 11];
    }

    /// <summary>The gender the number encodes: odd 17th digit is male.</summary>
    public static Gender GenderOf(string validNumber) => (validNumber[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
}
