namespace Xueshi.Accounts.Contracts;

/// <summary>
/// 学制: the kind of school. Basic-education programs refuse the vocational and higher-education ones:
/// 中职, 高职, 技工学校, 职业本科 and 高等教育 (the manuals' "本平台为基础教育教师学习平台"; their list of
/// vocational schools is 职业本科学校、高职高专学校、中等职业学校、技工学校). Stored by name, so new
/// members go anywhere; they are appended to keep the order the directory has always shown.
/// </summary>
public enum SchoolSystem
{
    /// <summary>幼儿园</summary>
    Kindergarten,

    /// <summary>小学</summary>
    Primary,

    /// <summary>初中</summary>
    JuniorSecondary,

    /// <summary>高中</summary>
    SeniorSecondary,

    /// <summary>九年一贯制 / 十二年一贯制 / 完全中学 and other combined schools</summary>
    Combined,

    /// <summary>特殊教育</summary>
    SpecialEducation,

    /// <summary>中职</summary>
    SecondaryVocational,

    /// <summary>高职</summary>
    HigherVocational,

    /// <summary>高等教育</summary>
    HigherEducation,

    /// <summary>技工学校 (technician schools under human-resources departments): vocational, refused by basic-education programs.</summary>
    TechnicalSchool,

    /// <summary>职业本科 (vocational universities at bachelor level): vocational, refused by basic-education programs.</summary>
    VocationalUndergraduate,
}
