namespace Xueshi.Accounts.Contracts;

/// <summary>学制: the kind of school. Basic-education programs refuse the last three.</summary>
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
}
