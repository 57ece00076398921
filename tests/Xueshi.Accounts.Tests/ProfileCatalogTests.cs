using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class ProfileCatalogTests
{
    [Fact]
    public void The_56_ethnic_groups_come_first_in_standard_order_then_other()
    {
        var ethnicities = ProfileCatalog.Ethnicities.Select(o => o.Value).ToList();
        Assert.Equal(57, ethnicities.Count);
        Assert.Equal(57, ethnicities.Distinct().Count());
        Assert.Equal("汉族", ethnicities[0]);
        Assert.Equal("蒙古族", ethnicities[1]);
        Assert.Equal("基诺族", ethnicities[55]);
        Assert.Equal("其他", ethnicities[56]);
        Assert.All(ethnicities.Take(56), e => Assert.EndsWith("族", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Enum_choices_use_the_camelCase_values_the_API_reads()
    {
        Assert.Equal(
            ["residentId", "hongKongMacauPermit", "taiwanPermit", "passport", "foreignPermanentResidentId"],
            ProfileCatalog.IdTypes.Select(o => o.Value));
        Assert.Equal("居民身份证", ProfileCatalog.IdTypes[0].Label);
        Assert.Equal(Enum.GetValues<IdDocumentType>().Length, ProfileCatalog.IdTypes.Count);
        Assert.Equal([("male", "男"), ("female", "女")], ProfileCatalog.Genders.Select(o => (o.Value, o.Label)));
    }

    [Fact]
    public void Text_choices_are_their_own_labels_and_have_no_duplicates()
    {
        var lists = new[]
        {
            ProfileCatalog.Ethnicities, ProfileCatalog.PoliticalStatuses, ProfileCatalog.Educations, ProfileCatalog.TeacherTypes,
            ProfileCatalog.Stages, ProfileCatalog.Subjects, ProfileCatalog.Titles, ProfileCatalog.ItAbilities,
        };
        foreach (var list in lists)
        {
            Assert.All(list, o => Assert.Equal(o.Value, o.Label));
            Assert.Equal(list.Count, list.Select(o => o.Value).Distinct().Count());
            // Every value fits its column (varchar(50)).
            Assert.All(list, o => Assert.InRange(o.Value.Length, 1, 50));
        }
    }

    [Fact]
    public void Contains_ignores_surrounding_spaces_but_nothing_else()
    {
        Assert.True(ProfileCatalog.Contains(ProfileCatalog.Titles, " 一级教师 "));
        Assert.False(ProfileCatalog.Contains(ProfileCatalog.Titles, "一级"));
        Assert.False(ProfileCatalog.Contains(ProfileCatalog.Titles, "教授"));
    }
}
