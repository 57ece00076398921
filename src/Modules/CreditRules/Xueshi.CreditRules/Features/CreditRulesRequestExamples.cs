using Xueshi.BuildingBlocks.Http;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Features.Admin.PreviewRuleSet;

namespace Xueshi.CreditRules.Features;

/// <summary>One request body of each use case, for the OpenAPI document; values pass the validators.</summary>
internal sealed class CreditRulesRequestExamples : IRequestExamples
{
    /// <summary>The 2023 winter reading: 二十大 gives 2 学时 at 90 minutes, the other course 1 学时 per completed text of its own.</summary>
    public static readonly RuleSet Example = new(
        "完成专题学习并认定满 6 学时。二十大专题课程按学习时长认定：满 45 分钟认定 1 学时，满 90 分钟认定 2 学时，最多认定 2 学时。",
        6,
        null,
        RuleSet.DefaultMinutesPerHour,
        CreditWaitsForCompleteProfile: true,
        CreditWaitsForVerification: true,
        RoleRequirements: [],
        Courses:
        [
            new CourseRule(Guid.Parse("0197a5d2-6c1e-7b3a-9f10-2b4c6d8e0f21"), 2, 2,
                new CreditBasis(CreditBasisKind.StudyMinutes, [new MinutesThreshold(45, 1), new MinutesThreshold(90, 2)], null, null, null),
                QuizzesGate: true, CourseTestGates: false, IsExtension: false),
            new CourseRule(Guid.Parse("0197a5d2-6c1e-7b3a-9f10-2b4c6d8e0f22"), 4, 4,
                new CreditBasis(CreditBasisKind.PerResource, null,
                    [new ResourceCredit(Guid.Parse("0197a5d2-6c1e-7b3a-9f10-2b4c6d8e0f23"), 2), new ResourceCredit(Guid.Parse("0197a5d2-6c1e-7b3a-9f10-2b4c6d8e0f24"), 2)],
                    0, null),
                QuizzesGate: true, CourseTestGates: true, IsExtension: false),
        ]);

    public IEnumerable<object> Examples =>
    [
        Example,
        new PreviewRuleSet("13800000001", null, null),
    ];
}
