namespace Xueshi.Accounts.Domain;

/// <summary>
/// How personal data appears to anyone but its owner: 37**************23, 张*. Which viewer gets which
/// form is <see cref="Privacy.PersonalDataPolicy"/>'s decision.
/// </summary>
internal static class Masking
{
    public static string IdNumber(string value) =>
        value.Length <= 4 ? new string('*', value.Length) : value[..2] + new string('*', value.Length - 4) + value[^2..];

    /// <summary>
    /// The own school's view (110105********1234): the first 6 and last 4 characters, enough to tell
    /// two teachers of the same name apart. A number too short to keep 4 characters hidden (some
    /// passports) falls back to <see cref="IdNumber"/>.
    /// </summary>
    public static string IdNumberForSchool(string value) =>
        value.Length < 14 ? IdNumber(value) : value[..6] + new string('*', value.Length - 10) + value[^4..];

    public static string Name(string value)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return text;
        }

        var first = char.IsSurrogatePair(text, 0) ? text[..2] : text[..1];
        return first + new string('*', Math.Max(1, System.Globalization.StringInfo.ParseCombiningCharacters(text).Length - 1));
    }

    public static string Phone(string value) => value.Length == 11 ? value[..3] + "****" + value[^4..] : value;
}
