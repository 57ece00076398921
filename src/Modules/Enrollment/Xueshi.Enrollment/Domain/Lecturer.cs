namespace Xueshi.Enrollment.Domain;

/// <summary>主讲人: a lecturer of a course, as the course page introduces them.</summary>
/// <param name="Title">职称 or position, e.g. 教授.</param>
/// <param name="Affiliation">单位, e.g. 北京师范大学.</param>
internal sealed record Lecturer(string Name, string? Title, string? Affiliation);
