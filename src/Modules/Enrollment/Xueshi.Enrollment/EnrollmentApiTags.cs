namespace Xueshi.Enrollment;

/// <summary>What each of the module's OpenAPI tags covers, written once for integrators.</summary>
internal static class EnrollmentApiTags
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["Catalog"] = "Trainings (研修), programs (专题) and courses (课程) as teachers see them: published programs only, with ETags so clients revalidate cheaply.",
        ["Enrollment"] = "Enrolling in a program (报名) and the teacher's own enrollments (我的培训).",
        ["Reviews"] = "Course ratings, reviews (课程评价) and likes (点赞) by enrolled teachers.",
        ["CatalogAdmin"] = "The operator console: creating and editing programs, courses, chapters, resources and quizzes; publishing and closing. Edits need If-Match.",
        [Features.Media.MediaApiTags.Media] = Features.Media.MediaApiTags.Description,
    };
}
