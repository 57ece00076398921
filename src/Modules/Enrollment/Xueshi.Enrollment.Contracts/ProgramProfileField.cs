namespace Xueshi.Enrollment.Contracts;

/// <summary>
/// Profile fields a program asks for beyond the standard required ones (the psychology training asks
/// 是否心理健康教育教师 and 是否担任班主任). The JSON names are the profile's own.
/// </summary>
public enum ProgramProfileField
{
    /// <summary>是否心理健康教育教师 (profile field isPsychologyTeacher).</summary>
    IsPsychologyTeacher,

    /// <summary>是否担任班主任 (profile field isHeadTeacher).</summary>
    IsHeadTeacher,
}
