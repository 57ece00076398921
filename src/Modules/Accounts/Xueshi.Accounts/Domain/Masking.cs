namespace Xueshi.Accounts.Domain;

/// <summary>How personal data appears to anyone but its owner: 37**************23, 张*.</summary>
internal static class Masking
{
    public static string IdNumber(string value) =>
        value.Length <= 4 ? new string('*', value.Length) : value[..2] + new string('*', value.Length - 4) + value[^2..];

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
