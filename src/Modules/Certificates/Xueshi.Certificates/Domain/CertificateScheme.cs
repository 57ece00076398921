using Xueshi.Enrollment.Contracts;

namespace Xueshi.Certificates.Domain;

/// <summary>What a certificate certifies.</summary>
internal enum SchemeKind
{
    /// <summary>One program (专题) with its own certificate date: the 2024 winter and 2025 summer trainings.</summary>
    Program,

    /// <summary>
    /// A training's programs together (2023年寒假教师研修): its topics give no certificate of their own
    /// (不单独提供电子学习证书); one is issued after all its topics end (待…所有专题培训结束后将统一发放证书).
    /// </summary>
    Training,
}

/// <param name="ProgramId">The program.</param>
/// <param name="Title">Its title.</param>
/// <param name="Window">Its study window.</param>
internal sealed record SchemeProgram(Guid ProgramId, string Title, StudyWindow Window);

/// <summary>
/// A certificate scheme: one program, or a training's programs, with the date certificates can be claimed from.
/// Its id is the program's or the training's: one scheme each, so (teacher, scheme) names a teacher's certificate.
/// </summary>
/// <param name="SchemeId">The program's id or the training's.</param>
/// <param name="Kind">One program or a training.</param>
/// <param name="Title">What the certificate is for, as printed.</param>
/// <param name="CertificateDate">证书发放日期 as set (China Standard Time).</param>
/// <param name="Programs">The programs it covers, visible to teachers.</param>
internal sealed record CertificateScheme(Guid SchemeId, SchemeKind Kind, string Title, DateOnly CertificateDate, IReadOnlyList<SchemeProgram> Programs)
{
    /// <summary>
    /// The first day a certificate can be claimed. A training's certificate comes after all its topics end, even when a
    /// program added after the date was set runs later: the day after its last window then wins.
    /// </summary>
    public DateOnly ClaimableOn => Kind == SchemeKind.Training && Programs.Count > 0
        ? Max(CertificateDate, Programs.Max(p => p.Window.EndsOn).AddDays(1))
        : CertificateDate;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
