using Xueshi.CreditRules.DemoData;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Tests;

/// <summary>Every demo program gets a rule set that reads soundly against its outline and carries the manual's figures.</summary>
public sealed class EditionRuleSetsTests
{
    public static TheoryData<string> Editions() =>
    [
        EditionRuleSets.Winter2023Basic, EditionRuleSets.Winter2023Higher, EditionRuleSets.Winter2023Vocational,
        EditionRuleSets.Summer2023, EditionRuleSets.Psychology2023, EditionRuleSets.Winter2024, EditionRuleSets.Summer2025, EditionRuleSets.Demo,
    ];

    internal static Edition Make(string title) => title switch
    {
        EditionRuleSets.Summer2023 => Edition.Summer2023(),
        EditionRuleSets.Psychology2023 => Edition.Psychology2023(),
        EditionRuleSets.Winter2024 => Edition.Winter2024(),
        EditionRuleSets.Summer2025 => Edition.Summer2025(),
        EditionRuleSets.Demo => Edition.Demo(),
        _ => Edition.Winter2023(title),
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_edition_has_a_consistent_rule_set_with_a_rule_for_every_course_and_a_description(string title)
    {
        var edition = Make(title);

        var rules = edition.Rules;

        Assert.Empty(RuleSetConsistency.Check(rules, edition.Outline));
        Assert.Equal(edition.Outline.Courses.Select(c => c.CourseId).Order(), rules.Courses.Select(c => c.CourseId).Order());
        Assert.False(string.IsNullOrWhiteSpace(rules.Description));
    }

    [Theory]
    [InlineData(EditionRuleSets.Winter2023Basic, 6, false)]
    [InlineData(EditionRuleSets.Winter2023Higher, 6, true)]
    [InlineData(EditionRuleSets.Winter2023Vocational, 6, true)]
    public void Winter_2023_credits_6_hours_and_the_course_test_gates_only_higher_and_vocational(string title, decimal total, bool testsGate)
    {
        var rules = Make(title).Rules;

        Assert.Equal(total, rules.RequiredTotalHours);
        Assert.All(rules.Courses, c => Assert.Equal(testsGate, c.CourseTestGates));
        Assert.Equal(total, rules.Courses.Sum(c => c.MaxHours));
    }

    [Fact]
    public void A_program_not_in_the_demo_gets_no_rules()
    {
        var outline = new ProgramBuilder("2026年寒假教师研修", new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31)).Build();

        Assert.Null(EditionRuleSets.For(outline));
    }

    [Fact]
    public void Summer_2023_makes_its_extension_course_and_texts_credit_nothing_and_gates_every_video_on_its_quiz()
    {
        var edition = Edition.Summer2023();
        var rules = edition.Rules;

        var ethicsLead = rules.Courses.Single(c => c.CourseId == edition["师德引领"].CourseId);
        Assert.True(ethicsLead.IsExtension);
        Assert.All(rules.Courses.Where(c => !c.IsExtension), c => Assert.True(c.QuizzesGate));
        Assert.Equal(10, rules.Courses.Sum(c => c.RequiredHours));
        Assert.DoesNotContain(rules.Courses.SelectMany(c => c.Basis.ResourceHours ?? []),
            r => edition.Outline.Courses.SelectMany(c => c.Resources).Single(x => x.ResourceId == r.ResourceId).Kind != ResourceKind.Video);
    }
}
