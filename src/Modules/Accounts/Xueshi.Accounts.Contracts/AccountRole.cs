namespace Xueshi.Accounts.Contracts;

/// <summary>Roles granted beyond the identity; each admin role is scoped to a school or a region.</summary>
public enum AccountRole
{
    /// <summary>学校管理员, of one school.</summary>
    SchoolAdmin,

    /// <summary>省/市/县区管理员, of one region and everything under it.</summary>
    RegionAdmin,

    /// <summary>平台运营: publishes programs and grants roles.</summary>
    Operator,

    /// <summary>客服: handles phone rebinding requests.</summary>
    Support,
}
