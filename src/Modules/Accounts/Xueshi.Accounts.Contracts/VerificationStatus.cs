namespace Xueshi.Accounts.Contracts;

/// <summary>审核认证: where a teacher's employment data stands with their school's administrator.</summary>
public enum VerificationStatus
{
    /// <summary>No school chosen yet, or removed from it (未提交).</summary>
    NotSubmitted,

    /// <summary>Waiting for the school's administrator (待审核).</summary>
    Pending,

    /// <summary>认证通过: name, ID number and school are locked.</summary>
    Approved,

    /// <summary>认证未通过, with the administrator's reason.</summary>
    Rejected,
}
