using System.Security.Cryptography;

namespace Xueshi.Certificates.Domain;

/// <summary>
/// 证书编号 and 验证码. The serial carries 80 random bits: no one can guess a serial or walk through them. The code,
/// asked beside the serial on the public page, is short enough to type from paper. Letters and digits that read
/// alike (0/O, 1/I/L, U/V) are left out of both.
/// </summary>
internal static class SerialNumbers
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTWXYZ23456789";

    /// <summary>XS-7K3M-9Q2P-4R8T-W6YZ: 16 characters of a 29-letter alphabet, about 77 bits, in groups of four.</summary>
    public static string NewSerial()
    {
        Span<char> chars = stackalloc char[16];
        Fill(chars);
        return $"XS-{chars[..4]}-{chars[4..8]}-{chars[8..12]}-{chars[12..]}";
    }

    /// <summary>Six characters, about 29 bits: with the serial it is never the only secret.</summary>
    public static string NewVerificationCode()
    {
        Span<char> chars = stackalloc char[6];
        Fill(chars);
        return new string(chars);
    }

    /// <summary>Upper case, without spaces or dashes, so a serial typed as xs7k3m… finds XS-7K3M-….</summary>
    public static string Normalize(string value)
    {
        Span<char> buffer = stackalloc char[Math.Min(value.Length, 64)];
        var length = 0;
        foreach (var c in value.AsSpan(0, Math.Min(value.Length, 64)))
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static void Fill(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    }
}
