namespace Xueshi.Enrollment.Contracts;

/// <summary>Who a program is for (学习入口): the 2023 winter training has one program per audience.</summary>
public enum Audience
{
    /// <summary>基础教育</summary>
    BasicEducation,

    /// <summary>高等教育</summary>
    HigherEducation,

    /// <summary>职业教育</summary>
    Vocational,
}
