namespace Xueshi.Enrollment.Contracts;

/// <summary>What a resource (学习资源) of a course is.</summary>
public enum ResourceKind
{
    /// <summary>视频, optionally with an end-of-video quiz.</summary>
    Video,

    /// <summary>文本资源: rich text or a PDF, complete after a minimum reading time.</summary>
    Text,

    /// <summary>课程测试: a standalone quiz of the course.</summary>
    CourseTest,
}
