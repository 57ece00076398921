namespace Xueshi.Accounts.Domain;

/// <summary>证件类型.</summary>
internal enum IdDocumentType
{
    /// <summary>居民身份证: checked against GB 11643.</summary>
    ResidentId,

    /// <summary>港澳居民来往内地通行证</summary>
    HongKongMacauPermit,

    /// <summary>台湾居民来往大陆通行证</summary>
    TaiwanPermit,

    /// <summary>护照</summary>
    Passport,

    /// <summary>外国人永久居留身份证</summary>
    ForeignPermanentResidentId,
}

internal enum Gender
{
    Male,
    Female,
}
