namespace Xueshi.Enrollment.Domain;

/// <summary>A program's own support contact (技术支持): every manual prints different ones.</summary>
/// <param name="Phone">e.g. 400-606-3368 or 010-58800000.</param>
/// <param name="Hours">e.g. 工作日 9:00-17:00.</param>
/// <param name="QqGroup">A QQ group number, when the program has one.</param>
internal sealed record SupportContact(string? Phone, string? Hours, string? QqGroup)
{
    public static readonly SupportContact None = new(null, null, null);
}
