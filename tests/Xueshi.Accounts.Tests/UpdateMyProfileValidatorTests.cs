using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Profile.UpdateMyProfile;

namespace Xueshi.Accounts.Tests;

public sealed class UpdateMyProfileValidatorTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    // 23:30 UTC on 31 December is already 1 January in Beijing.
    private static readonly UpdateMyProfileValidator Validator = new(new FixedClock(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));

    private static readonly string MaleId = IdNumbers.Make("370102", new DateOnly(1985, 3, 14), 123);

    private static readonly UpdateMyProfile Empty = new(null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);

    private static string[] FailingFields(UpdateMyProfile request) =>
        Validator.Validate(request).Errors.Select(e => e.PropertyName).Distinct().Order().ToArray();

    [Fact]
    public void An_empty_profile_may_be_saved() => Assert.Empty(FailingFields(Empty));

    [Fact]
    public void A_complete_profile_passes() => Assert.Empty(FailingFields(Empty with
    {
        RealName = "张三", IdType = IdDocumentType.ResidentId, IdNumber = MaleId, Gender = Gender.Male, Ethnicity = "汉族",
        PoliticalStatus = "群众", Education = "本科", TeacherType = "专任教师", SchoolId = Guid.CreateVersion7(), Stage = "初中",
        Subject = "数学", Title = "二级教师", IsPsychologyTeacher = false, IsHeadTeacher = true, EntryYear = 2027, ItAbility = "一般",
    }));

    [Theory]
    [InlineData("张三")]
    [InlineData("阿卜杜拉·买买提")]
    [InlineData("John Smith")]
    [InlineData("𠇔明")]
    public void Names_of_letters_with_middle_dots_or_single_spaces_pass(string name) =>
        Assert.Empty(FailingFields(Empty with { RealName = name }));

    [Theory]
    [InlineData("张3")]
    [InlineData("张三!")]
    [InlineData("·张三")]
    [InlineData("张··三")]
    [InlineData("John  Smith")]
    [InlineData("张三😀")]
    public void Other_names_are_refused(string name) =>
        Assert.Equal(["RealName"], FailingFields(Empty with { RealName = name }));

    [Fact]
    public void A_name_longer_than_50_characters_is_refused() =>
        Assert.Equal(["RealName"], FailingFields(Empty with { RealName = new string('张', 51) }));

    [Fact]
    public void A_wrong_check_digit_is_refused_on_idNumber()
    {
        var wrong = MaleId[..17] + (MaleId[17] == '1' ? '2' : '1');
        Assert.Equal(["IdNumber"], FailingFields(Empty with { IdType = IdDocumentType.ResidentId, IdNumber = wrong }));
    }

    [Fact]
    public void A_gender_disagreeing_with_the_number_is_refused_on_gender() =>
        Assert.Equal(["Gender"], FailingFields(Empty with { IdType = IdDocumentType.ResidentId, IdNumber = MaleId, Gender = Gender.Female }));

    [Fact]
    public void A_lower_case_x_is_accepted() =>
        Assert.Empty(FailingFields(Empty with
        {
            IdType = IdDocumentType.ResidentId, IdNumber = "11010519491231002x", Gender = Gender.Female,
        }));

    [Fact]
    public void Type_and_number_go_together()
    {
        Assert.Equal(["IdType"], FailingFields(Empty with { IdNumber = MaleId }));
        Assert.Equal(["IdNumber"], FailingFields(Empty with { IdType = IdDocumentType.Passport }));
    }

    [Theory]
    [InlineData("E12345678", true)]
    [InlineData("H1234567(8)", true)]
    [InlineData("A-1234", true)]
    [InlineData("1234", false)]
    [InlineData("E1234 5678", false)]
    [InlineData("护照12345", false)]
    public void Other_documents_take_5_to_30_letters_digits_brackets_or_hyphens(string number, bool valid) =>
        Assert.Equal(valid ? [] : ["IdNumber"], FailingFields(Empty with { IdType = IdDocumentType.Passport, IdNumber = number, Gender = Gender.Female }));

    [Fact]
    public void Choice_fields_take_only_catalog_values()
    {
        var failing = FailingFields(Empty with
        {
            Ethnicity = "汉", PoliticalStatus = "党员", Education = "大学", TeacherType = "老师", Stage = "大学", Subject = "编程",
            Title = "教授", ItAbility = "精通",
        });
        Assert.Equal(["Education", "Ethnicity", "ItAbility", "PoliticalStatus", "Stage", "Subject", "TeacherType", "Title"], failing);
    }

    [Theory]
    [InlineData(1949, false)]
    [InlineData(1950, true)]
    [InlineData(2027, true)] // this year in Beijing
    [InlineData(2028, false)]
    public void The_entry_year_runs_from_1950_to_this_year(int year, bool valid) =>
        Assert.Equal(valid ? [] : ["EntryYear"], FailingFields(Empty with { EntryYear = year }));
}
