using System.Globalization;

namespace Xueshi.Accounts.Tests;

/// <summary>
/// Builds resident ID numbers the way GB 11643 / ISO 7064 MOD 11-2 defines them, independently
/// of the code under test: weight i is 2^(17-i) mod 11, the check value is (12 - sum mod 11) mod 11,
/// and 10 is written X.
/// </summary>
internal static class IdNumbers
{
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = (int)(Math.Pow(2, 17 - i) % 11);
            sum += (first17[i] - '0') * weight;
        }

        var check = (12 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    public static string Complete(string first17) => first17 + CheckCharacter(first17);

    /// <summary>A valid number for the region and birth date; the sequence's parity gives the gender.</summary>
    public static string Make(string region, DateOnly birth, int sequence) =>
        Complete(region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture));

    /// <summary>The first sequence from the given one whose number ends in X.</summary>
    public static string MakeEndingInX(string region, DateOnly birth)
    {
        for (var sequence = 0; sequence < 1000; sequence++)
        {
            var number = Make(region, birth, sequence);
            if (number[17] == 'X')
            {
                return number;
            }
        }

        throw new InvalidOperationException("No sequence gives X.");
    }
}
