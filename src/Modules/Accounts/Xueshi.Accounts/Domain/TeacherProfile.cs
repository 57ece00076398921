using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Domain;

/// <summary>
/// A teacher's 个人信息 and 任教信息 and where its verification (审核认证) stands. Once approved,
/// name, ID number, school and the two roles (是否心理健康教育教师, 是否担任班主任: 004's
/// 学校管理员审核认定为心理健康教育专兼职教师、班主任) are locked: the approval verified them as they
/// are. To correct them the teacher removes the school (删除任教信息), which ends the verification.
/// </summary>
internal sealed class TeacherProfile
{
    /// <summary>The fields without which study earns no credit (marked * in the manuals).</summary>
    public static readonly string[] RequiredFields =
    [
        "realName", "idType", "idNumber", "gender", "ethnicity", "politicalStatus", "education", "teacherType",
        "schoolId", "stage", "subject", "title", "isPsychologyTeacher", "isHeadTeacher",
    ];

    /// <summary>What verification locks: the data the school admin verified.</summary>
    public static readonly string[] LockedWhenApproved = ["realName", "idType", "idNumber", "schoolId", "isPsychologyTeacher", "isHeadTeacher"];

    private TeacherProfile()
    {
    }

    public Guid AccountId { get; private set; }

    public string? RealName { get; private set; }

    public IdDocumentType? IdType { get; private set; }

    public string? IdNumberCipher { get; private set; }

    public string? IdNumberHash { get; private set; }

    public string? IdNumberMasked { get; private set; }

    public Gender? Gender { get; private set; }

    public string? Ethnicity { get; private set; }

    public string? PoliticalStatus { get; private set; }

    public string? Education { get; private set; }

    public string? TeacherType { get; private set; }

    public Guid? SchoolId { get; private set; }

    public string? Stage { get; private set; }

    public string? Subject { get; private set; }

    public string? Title { get; private set; }

    public bool? IsPsychologyTeacher { get; private set; }

    public bool? IsHeadTeacher { get; private set; }

    public int? EntryYear { get; private set; }

    public string? Honours { get; private set; }

    public string? ItAbility { get; private set; }

    public bool? IsBackboneTeacher { get; private set; }

    public bool? IsSubjectLeader { get; private set; }

    public bool? IsResearcher { get; private set; }

    public VerificationStatus VerificationStatus { get; private set; }

    public string? VerificationReason { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TeacherProfile For(Guid accountId, DateTimeOffset now) => new() { AccountId = accountId, UpdatedAt = now };

    /// <summary>Names of the locked fields this edit would change; empty when it may proceed.</summary>
    public IReadOnlyList<string> LockedFieldsChangedBy(TeacherProfileData data, string? idNumberHash)
    {
        if (VerificationStatus != VerificationStatus.Approved)
        {
            return [];
        }

        var changed = new List<string>();
        if (!string.Equals(RealName, data.RealName?.Trim(), StringComparison.Ordinal))
        {
            changed.Add("realName");
        }

        if (IdType != data.IdType)
        {
            changed.Add("idType");
        }

        if (!string.Equals(IdNumberHash, idNumberHash, StringComparison.Ordinal))
        {
            changed.Add("idNumber");
        }

        if (SchoolId != data.SchoolId)
        {
            changed.Add("schoolId");
        }

        // The roles as approved, unanswered (null) included: answering one later would be a role
        // nobody verified.
        if (IsPsychologyTeacher != data.IsPsychologyTeacher)
        {
            changed.Add("isPsychologyTeacher");
        }

        if (IsHeadTeacher != data.IsHeadTeacher)
        {
            changed.Add("isHeadTeacher");
        }

        return changed;
    }

    /// <summary>
    /// Saves the edit. Choosing a school (or saving again after a rejection) submits the data to
    /// that school's administrators. The caller has checked <see cref="LockedFieldsChangedBy"/>.
    /// </summary>
    /// <returns>The school whose verification this edit ended, if any.</returns>
    public void Update(TeacherProfileData data, ProtectedIdNumber? idNumber, DateTimeOffset now)
    {
        if (LockedFieldsChangedBy(data, idNumber?.Hash).Count > 0)
        {
            throw new InvalidOperationException("Locked fields of a verified profile cannot change.");
        }

        var schoolChanged = SchoolId != data.SchoolId;
        RealName = Clean(data.RealName);
        IdType = data.IdType;
        IdNumberCipher = idNumber?.Cipher;
        IdNumberHash = idNumber?.Hash;
        IdNumberMasked = idNumber?.Masked;
        Gender = data.Gender;
        Ethnicity = Clean(data.Ethnicity);
        PoliticalStatus = Clean(data.PoliticalStatus);
        Education = Clean(data.Education);
        TeacherType = Clean(data.TeacherType);
        SchoolId = data.SchoolId;
        Stage = Clean(data.Stage);
        Subject = Clean(data.Subject);
        Title = Clean(data.Title);
        IsPsychologyTeacher = data.IsPsychologyTeacher;
        IsHeadTeacher = data.IsHeadTeacher;
        EntryYear = data.EntryYear;
        Honours = Clean(data.Honours);
        ItAbility = Clean(data.ItAbility);
        IsBackboneTeacher = data.IsBackboneTeacher;
        IsSubjectLeader = data.IsSubjectLeader;
        IsResearcher = data.IsResearcher;
        UpdatedAt = now;

        if (SchoolId is null)
        {
            SetStatus(VerificationStatus.NotSubmitted, null, null, now);
        }
        else if (schoolChanged || VerificationStatus is VerificationStatus.Rejected or VerificationStatus.NotSubmitted)
        {
            SetStatus(VerificationStatus.Pending, null, null, now);
            SubmittedAt = now;
        }
    }

    public IReadOnlyList<string> MissingFields()
    {
        var missing = new List<string>();
        void Need(bool present, string field)
        {
            if (!present)
            {
                missing.Add(field);
            }
        }

        Need(!string.IsNullOrWhiteSpace(RealName), "realName");
        Need(IdType is not null, "idType");
        Need(IdNumberHash is not null, "idNumber");
        Need(Gender is not null, "gender");
        Need(!string.IsNullOrWhiteSpace(Ethnicity), "ethnicity");
        Need(!string.IsNullOrWhiteSpace(PoliticalStatus), "politicalStatus");
        Need(!string.IsNullOrWhiteSpace(Education), "education");
        Need(!string.IsNullOrWhiteSpace(TeacherType), "teacherType");
        Need(SchoolId is not null, "schoolId");
        Need(!string.IsNullOrWhiteSpace(Stage), "stage");
        Need(!string.IsNullOrWhiteSpace(Subject), "subject");
        Need(!string.IsNullOrWhiteSpace(Title), "title");
        Need(IsPsychologyTeacher is not null, "isPsychologyTeacher");
        Need(IsHeadTeacher is not null, "isHeadTeacher");
        return missing;
    }

    /// <summary>删除任教信息 by the teacher, or 从学校移除 by the school: the verification ends.</summary>
    /// <returns>The school left, or null when there was none.</returns>
    public Guid? LeaveSchool(DateTimeOffset now, Guid? removedBy = null)
    {
        var left = SchoolId;
        SchoolId = null;
        SetStatus(VerificationStatus.NotSubmitted, null, removedBy, now);
        SubmittedAt = null;
        UpdatedAt = now;
        return left;
    }

    /// <summary>心理健康教育教师 as the school verified it; false until approved (a claim is not a role).</summary>
    public bool IsVerifiedPsychologyTeacher => VerificationStatus == VerificationStatus.Approved && IsPsychologyTeacher == true;

    /// <summary>班主任 as the school verified it; false until approved.</summary>
    public bool IsVerifiedHeadTeacher => VerificationStatus == VerificationStatus.Approved && IsHeadTeacher == true;

    public bool CanBeDecided => VerificationStatus == VerificationStatus.Pending && SchoolId is not null;

    public void Approve(Guid adminId, DateTimeOffset now)
    {
        EnsureDecidable();
        SetStatus(VerificationStatus.Approved, null, adminId, now);
    }

    public void Reject(Guid adminId, string reason, DateTimeOffset now)
    {
        EnsureDecidable();
        SetStatus(VerificationStatus.Rejected, reason.Trim(), adminId, now);
    }

    private void EnsureDecidable()
    {
        if (!CanBeDecided)
        {
            throw new InvalidOperationException($"Only a pending profile can be decided; this one is {VerificationStatus}.");
        }
    }

    private void SetStatus(VerificationStatus status, string? reason, Guid? by, DateTimeOffset now)
    {
        VerificationStatus = status;
        VerificationReason = reason;
        DecidedBy = status is VerificationStatus.Approved or VerificationStatus.Rejected ? by : null;
        DecidedAt = status is VerificationStatus.Approved or VerificationStatus.Rejected ? now : null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
