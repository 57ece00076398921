namespace Xueshi.Certificates.Documents;

/// <summary>
/// Everything a certificate's PDF prints, in full (the owner's download): the snapshot confirmed at claim, never
/// read again from Accounts or Enrollment, so the same certificate renders to the same bytes forever.
/// </summary>
/// <param name="Serial">The certificate's serial (证书编号), unguessable.</param>
/// <param name="VerificationCode">The short code the public verification page asks for beside the serial.</param>
/// <param name="Title">What the certificate is for: the program's title, or the training's for a group certificate.</param>
/// <param name="HolderName">姓名, in full.</param>
/// <param name="IdNumber">证件号码, in full.</param>
/// <param name="SchoolName">所在学校.</param>
/// <param name="Programs">The programs it covers (one, or the training's), each with its hours and its courses' hours.</param>
/// <param name="TotalHours">学时 in all.</param>
/// <param name="IssuedOn">发证日期 (China Standard Time).</param>
/// <param name="Issuer">发证单位.</param>
/// <param name="VerificationUrl">The public verification page of this certificate (the first QR code).</param>
/// <param name="SignedData">
/// The signed canonical data as a compact JWS (ES256): ASCII only; the PDF carries it for offline verification
/// (the second QR code and the document's metadata).
/// </param>
internal sealed record CertificateDocument(
    string Serial,
    string VerificationCode,
    string Title,
    string HolderName,
    string IdNumber,
    string SchoolName,
    IReadOnlyList<CertificateProgramLine> Programs,
    decimal TotalHours,
    DateOnly IssuedOn,
    string Issuer,
    string VerificationUrl,
    string SignedData);

/// <param name="Title">The program's title.</param>
/// <param name="Hours">Hours credited in it.</param>
/// <param name="Courses">Its courses with their credited hours, in the program's order.</param>
internal sealed record CertificateProgramLine(string Title, decimal Hours, IReadOnlyList<CertificateCourseLine> Courses);

/// <param name="Title">The course's title.</param>
/// <param name="Hours">Hours credited from it.</param>
internal sealed record CertificateCourseLine(string Title, decimal Hours);
