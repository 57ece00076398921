using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts.Features.Directory;

/// <summary>Refusals of the region and school directory.</summary>
internal static class DirectoryErrors
{
    public static readonly AppError SchoolNameTaken = AppError.Conflict("accounts.school_name_taken",
        "该区县已有同名学校。", "A school of this name already exists in the county.");

    public static readonly AppError NotACounty = AppError.Unprocessable("accounts.not_a_county",
        "学校只能添加在区县下。", "Schools are added to a county, not to a province or city.");

    public static readonly AppError OtherSchoolFixed = AppError.Conflict("accounts.other_school_fixed",
        "“其他”选项不能修改。", "The \"其他\" (other) entry of a county cannot be edited.");
}
