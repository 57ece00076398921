using Xueshi.CreditRules.Domain;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Features.Admin;

/// <summary>A program's credit rules as the operator's editor opens them: the published version, the draft, the history, and the program's courses to write rules for.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="ProgramTitle">Its title.</param>
/// <param name="Revision">Changes with every save, publish and discard; send it back as If-Match (also the ETag).</param>
/// <param name="Published">The version in force; null before the first publish (nothing is credited).</param>
/// <param name="Draft">The version being edited; null when there is none.</param>
/// <param name="Versions">Every version, newest first.</param>
/// <param name="Courses">The program's courses and resources in its order, for choosing what each rule covers.</param>
internal sealed record RuleSetsView(
    Guid ProgramId,
    string ProgramTitle,
    int Revision,
    RuleSetVersionView? Published,
    RuleSetVersionView? Draft,
    IReadOnlyList<RuleSetVersionSummary> Versions,
    IReadOnlyList<RuleCourseView> Courses);

/// <param name="Version">1, 2, …: a published version never changes.</param>
/// <param name="Status">draft, published (in force) or superseded (published, then replaced).</param>
/// <param name="RuleSet">The rules.</param>
/// <param name="SavedAt">Last saved.</param>
/// <param name="PublishedAt">When it was published; null for a draft.</param>
internal sealed record RuleSetVersionView(int Version, RuleSetStatus Status, RuleSet RuleSet, DateTimeOffset SavedAt, DateTimeOffset? PublishedAt);

/// <param name="Version">The version.</param>
/// <param name="Status">draft, published or superseded.</param>
/// <param name="SavedAt">Last saved.</param>
/// <param name="PublishedAt">When it was published.</param>
internal sealed record RuleSetVersionSummary(int Version, RuleSetStatus Status, DateTimeOffset SavedAt, DateTimeOffset? PublishedAt);

/// <param name="CourseId">The course.</param>
/// <param name="Title">Its title.</param>
/// <param name="CarriedFromProgramId">The program it is carried over from (its progress inside that window counts here).</param>
/// <param name="Resources">Its resources in order (archived ones left out).</param>
internal sealed record RuleCourseView(Guid CourseId, string Title, Guid? CarriedFromProgramId, IReadOnlyList<RuleResourceView> Resources);

/// <param name="ResourceId">The resource.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">video, text or courseTest.</param>
/// <param name="IsExtension">拓展资源 in the catalog: never credited whatever the rules say.</param>
/// <param name="DurationSeconds">A video's duration.</param>
/// <param name="HasQuiz">A video with an end-of-video quiz.</param>
internal sealed record RuleResourceView(Guid ResourceId, string Title, ResourceKind Kind, bool IsExtension, double? DurationSeconds, bool HasQuiz);

internal enum RuleSetStatus
{
    /// <summary>草稿: being edited, previewed, not in force.</summary>
    Draft,

    /// <summary>已发布: in force; never changes.</summary>
    Published,

    /// <summary>Published once, replaced by a later version; kept so old statements can name it.</summary>
    Superseded,
}
