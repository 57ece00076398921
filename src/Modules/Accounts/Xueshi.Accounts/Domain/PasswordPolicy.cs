namespace Xueshi.Accounts.Domain;

/// <summary>
/// Long enough and not a bare number or word: teachers sign in from shared school computers, and a
/// phone number plus a six-digit password is the first thing an attacker tries.
/// </summary>
internal static class PasswordPolicy
{
    public const int MinLength = 8;
    public const int MaxLength = 64;

    public static bool IsAcceptable(string? password, string? phone)
    {
        if (string.IsNullOrEmpty(password) || password.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        if (password.Any(char.IsWhiteSpace) || !password.Any(char.IsAsciiLetter) || !password.Any(char.IsAsciiDigit))
        {
            return false;
        }

        return phone is null || !password.Contains(phone, StringComparison.Ordinal);
    }
}
