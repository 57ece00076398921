namespace Xueshi.Accounts.Contracts;

/// <summary>The identity (身份) chosen at registration.</summary>
public enum AccountIdentity
{
    /// <summary>老师</summary>
    Teacher,

    /// <summary>学生</summary>
    Student,

    /// <summary>家长</summary>
    Parent,

    /// <summary>教研员</summary>
    Researcher,

    /// <summary>电教人员</summary>
    ItStaff,

    /// <summary>管理人员</summary>
    Manager,
}
