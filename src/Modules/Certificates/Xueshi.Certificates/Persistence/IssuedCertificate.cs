using Xueshi.Certificates.Domain;

namespace Xueshi.Certificates.Persistence;

internal enum CertificateStatus
{
    /// <summary>有效.</summary>
    Valid,

    /// <summary>作废: the teacher's verified data was corrected and a new certificate replaced it.</summary>
    Void,
}

/// <summary>
/// A claimed certificate: the snapshot confirmed at claim, never changed after, except that it may become void once.
/// The holder's full ID number is only inside the signed data, which is stored encrypted (Data Protection); the columns
/// beside it hold what lists and the public page show (masked) and what a school sees (the name, 6+4).
/// </summary>
internal sealed class IssuedCertificate
{
    private IssuedCertificate()
    {
    }

    public Guid Id { get; private set; }

    public Guid TeacherId { get; private set; }

    /// <summary>The program's id or the training's.</summary>
    public Guid SchemeId { get; private set; }

    public SchemeKind SchemeKind { get; private set; }

    /// <summary>证书编号 as printed (XS-7K3M-9Q2P-4R8T-W6YZ).</summary>
    public string Serial { get; private set; } = "";

    /// <summary>The serial without dashes, upper case: what a typed serial is looked up by.</summary>
    public string SerialKey { get; private set; } = "";

    public string VerificationCode { get; private set; } = "";

    public CertificateStatus Status { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>姓名 in full: the owner and the teacher's own school see it.</summary>
    public string HolderName { get; private set; } = "";

    /// <summary>李** for everyone else (the preview, the public verification page).</summary>
    public string HolderNameMasked { get; private set; } = "";

    /// <summary>37**************23.</summary>
    public string IdNumberMasked { get; private set; } = "";

    /// <summary>110105********1234, for the teacher's own school.</summary>
    public string IdNumberForSchool { get; private set; } = "";

    public Guid? SchoolId { get; private set; }

    public string SchoolName { get; private set; } = "";

    public decimal TotalHours { get; private set; }

    public IReadOnlyList<CertificateProgramRecord> Programs { get; private set; } = [];

    /// <summary>The programs' ids beside the jsonb, so a school's list filters by program on an index.</summary>
    public List<Guid> ProgramIds { get; private set; } = [];

    /// <summary>发证日期, China Standard Time.</summary>
    public DateOnly IssuedOn { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string Issuer { get; private set; } = "";

    /// <summary>The key that signed it.</summary>
    public string KeyId { get; private set; } = "";

    /// <summary>The compact JWS over the canonical data, encrypted at rest: it holds the full ID number.</summary>
    public string ProtectedSignedData { get; private set; } = "";

    public DateTimeOffset? VoidedAt { get; private set; }

    /// <summary>The certificate issued in its place.</summary>
    public Guid? SupersededById { get; private set; }

    /// <summary>The void certificate this one replaced, when it is a reissue.</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>Whether the holder's data on it differs from the data verified now: a correction makes it void.</summary>
    public bool HolderDiffersFrom(CertificateHolderSnapshot holder) =>
        HolderName != holder.Name || IdNumberForSchool != holder.IdNumberForSchool || IdNumberMasked != holder.IdNumberMasked
        || SchoolName != holder.SchoolName || SchoolId != holder.SchoolId;

    /// <summary>作废, once: the data it holds was corrected and <paramref name="replacement"/> holds the new data.</summary>
    public void Void(Guid replacement, DateTimeOffset now)
    {
        if (Status == CertificateStatus.Void)
        {
            throw new InvalidOperationException($"Certificate {Id} is already void.");
        }

        Status = CertificateStatus.Void;
        VoidedAt = now;
        SupersededById = replacement;
    }

    public static IssuedCertificate Create(
        Guid id,
        Guid teacherId,
        (Guid Id, SchemeKind Kind, string Title) scheme,
        string serial,
        string verificationCode,
        CertificateHolderSnapshot holder,
        IReadOnlyList<CertificateProgramRecord> programs,
        decimal totalHours,
        DateOnly issuedOn,
        DateTimeOffset issuedAt,
        string issuer,
        string keyId,
        string protectedSignedData,
        Guid? supersedesId) => new()
    {
        Id = id,
        TeacherId = teacherId,
        SchemeId = scheme.Id,
        SchemeKind = scheme.Kind,
        Serial = serial,
        SerialKey = SerialNumbers.Normalize(serial),
        VerificationCode = verificationCode,
        Status = CertificateStatus.Valid,
        Title = scheme.Title,
        HolderName = holder.Name,
        HolderNameMasked = holder.NameMasked,
        IdNumberMasked = holder.IdNumberMasked,
        IdNumberForSchool = holder.IdNumberForSchool,
        SchoolId = holder.SchoolId,
        SchoolName = holder.SchoolName,
        TotalHours = totalHours,
        Programs = programs,
        ProgramIds = [.. programs.Select(p => p.ProgramId)],
        IssuedOn = issuedOn,
        IssuedAt = issuedAt,
        Issuer = issuer,
        KeyId = keyId,
        ProtectedSignedData = protectedSignedData,
        SupersedesId = supersedesId,
    };
}

/// <param name="Name">姓名.</param>
/// <param name="NameMasked">李**.</param>
/// <param name="IdNumberMasked">37**************23.</param>
/// <param name="IdNumberForSchool">110105********1234.</param>
/// <param name="SchoolId">The verified school.</param>
/// <param name="SchoolName">Its name.</param>
internal sealed record CertificateHolderSnapshot(string Name, string NameMasked, string IdNumberMasked, string IdNumberForSchool, Guid? SchoolId, string SchoolName);

/// <param name="ProgramId">The program.</param>
/// <param name="Title">Its title as printed.</param>
/// <param name="Hours">Hours credited in it.</param>
/// <param name="Courses">Its courses' hours, in the program's order.</param>
internal sealed record CertificateProgramRecord(Guid ProgramId, string Title, decimal Hours, IReadOnlyList<CertificateCourseRecord> Courses);

/// <param name="CourseId">The course.</param>
/// <param name="Title">Its title as printed.</param>
/// <param name="Hours">Hours credited from it.</param>
internal sealed record CertificateCourseRecord(Guid CourseId, string Title, decimal Hours);
