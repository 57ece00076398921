namespace Xueshi.Enrollment.Contracts;

/// <summary>A program's life: operators edit a draft, teachers see it once published, closing ends enrollment for good.</summary>
public enum ProgramState
{
    /// <summary>草稿: operators only.</summary>
    Draft,

    /// <summary>已发布: teachers see it and enroll inside its window.</summary>
    Published,

    /// <summary>已关闭: still readable by the teachers enrolled; nobody enrolls.</summary>
    Closed,
}
