namespace Xueshi.Accounts.Domain;

/// <summary>
/// Everything a teacher fills in on 个人信息 / 任教信息, as validated input. The ID number is
/// plain text here; the profile stores it protected.
/// </summary>
internal sealed record TeacherProfileData(
    string? RealName,
    IdDocumentType? IdType,
    string? IdNumber,
    Gender? Gender,
    string? Ethnicity,
    string? PoliticalStatus,
    string? Education,
    string? TeacherType,
    Guid? SchoolId,
    string? Stage,
    string? Subject,
    string? Title,
    bool? IsPsychologyTeacher,
    bool? IsHeadTeacher,
    int? EntryYear,
    string? Honours,
    string? ItAbility,
    bool? IsBackboneTeacher,
    bool? IsSubjectLeader,
    bool? IsResearcher);

/// <summary>An ID number as stored: encrypted, a keyed hash for uniqueness, and its mask.</summary>
internal sealed record ProtectedIdNumber(string Cipher, string Hash, string Masked);
