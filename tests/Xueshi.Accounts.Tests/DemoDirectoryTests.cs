using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.DemoData;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class DemoDirectoryTests
{
    private static readonly DemoDirectory.DemoCounty[] Counties =
        DemoDirectory.Provinces.SelectMany(p => p.Cities).SelectMany(c => c.Counties).ToArray();

    [Fact]
    public void Every_school_system_has_schools()
    {
        var systems = Counties.SelectMany(c => c.Schools).Select(s => s.System).ToHashSet();
        Assert.Equal(Enum.GetValues<SchoolSystem>().ToHashSet(), systems);
        Assert.True(Counties.Sum(c => c.Schools.Length) >= 36, "dozens of schools");
    }

    [Fact]
    public void Codes_nest_as_GB_T_2260_says_and_are_unique()
    {
        foreach (var province in DemoDirectory.Provinces)
        {
            Assert.Matches(@"^\d{2}0000$", province.Code);
            Assert.Equal(2, province.Cities.Length);
            foreach (var city in province.Cities)
            {
                Assert.StartsWith(province.Code[..2], city.Code, StringComparison.Ordinal);
                Assert.EndsWith("00", city.Code, StringComparison.Ordinal);
                Assert.InRange(city.Counties.Length, 2, 3);
                Assert.All(city.Counties, c => Assert.StartsWith(city.Code[..4], c.Code, StringComparison.Ordinal));
            }
        }

        var codes = DemoDirectory.Provinces.SelectMany(p => p.Cities.SelectMany(c => c.Counties.Select(x => x.Code).Append(c.Code)).Append(p.Code)).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void School_names_are_unique_in_each_county_and_none_is_the_other_entry()
    {
        Assert.All(Counties, c =>
        {
            Assert.Equal(c.Schools.Length, c.Schools.Select(s => s.Name).Distinct().Count());
            Assert.DoesNotContain(c.Schools, s => s.Name == School.OtherName);
            Assert.All(c.Schools, s => Assert.InRange(s.Name.Length, 2, 100));
        });
        Assert.Contains(Counties.Single(c => c.Code == DemoDirectory.DemoCountyCode).Schools,
            s => s.Name == DemoDirectory.DemoSchoolName && s.System == SchoolSystem.Primary);
    }

    [Theory]
    [InlineData("370102", 1985, 3, 12, 31, true)]
    [InlineData("370102", 1990, 7, 21, 42, false)]
    [InlineData("510107", 2000, 2, 29, 7, true)]
    public void Demo_ID_numbers_pass_the_check_digit_and_carry_the_gender(string region, int year, int month, int day, int sequence, bool male)
    {
        var number = DemoIdNumbers.Make(region, new DateOnly(year, month, day), sequence);
        Assert.True(ResidentIdNumber.IsValid(number, new DateOnly(2026, 1, 1)), number);
        Assert.Equal(male ? Gender.Male : Gender.Female, ResidentIdNumber.GenderOf(number));
        Assert.StartsWith(region, number, StringComparison.Ordinal);
    }
}
