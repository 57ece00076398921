using System.Globalization;

namespace Xueshi.BuildingBlocks.Localization;

/// <summary>
/// Our users read Chinese; integrators may ask for English with Accept-Language: en. The request
/// localization middleware sets the UI culture, and every message is chosen here from that.
/// </summary>
public static class Localized
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string chinese, string english) => IsEnglish ? english : chinese;
}
