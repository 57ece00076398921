using Xueshi.Accounts.Contracts;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests;

/// <summary>
/// What holds for any rule set an operator might preview (consistent or not) and any progress: the evaluator
/// answers (never throws), no cap is exceeded, the figures add up. Generated from fixed seeds, so a failure repeats.
/// </summary>
public sealed class EvaluatorInvariantTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Any_rules_and_progress_give_a_statement_within_its_caps(int seed)
    {
        var random = new Random(seed);
        var program = new ProgramBuilder("专题", new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31));
        var courses = Enumerable.Range(0, random.Next(1, 4)).Select(i =>
        {
            var course = program.Course($"课程{i}", random.Next(3) == 0 ? new DateOnly(2024, 3, 1) : null);
            for (var r = random.Next(0, 5); r > 0; r--)
            {
                _ = random.Next(4) switch
                {
                    0 => course.Text(random.Next(1, 30), extension: random.Next(4) == 0),
                    1 => course.CourseTest(archived: random.Next(4) == 0),
                    _ => course.Video(random.Next(0, 60), random.Next(60), quiz: random.Next(2) == 0, extension: random.Next(5) == 0, archived: random.Next(6) == 0),
                };
            }

            return course;
        }).ToList();
        var outline = program.Build();

        var rules = new RuleSet(null, random.Next(0, 8), random.Next(3) == 0 ? random.Next(0, 8) : null, 45,
            random.Next(2) == 0, random.Next(2) == 0,
            random.Next(3) == 0 ? [new RoleRequirement(TeacherRole.PsychologyTeacher, random.Next(0, 6), random.Next(0, 6), random.Next(0, 9)),
                new RoleRequirement(TeacherRole.HeadTeacher, random.Next(0, 6), random.Next(0, 6), random.Next(0, 9))] : [],
            [.. courses.Where(_ => random.Next(5) != 0).Select(c => RandomRule(random, c))]);

        var progress = new Progress();
        foreach (var resource in courses.SelectMany(c => c.Resources))
        {
            _ = random.Next(4) switch
            {
                0 => progress.Complete(resource, Beijing(2024, random.Next(1, 5), random.Next(1, 29), random.Next(24))),
                1 => progress.Watched(resource, random.Next(0, 120)),
                2 => progress.WatchedQuizNotDone(resource),
                _ => progress,
            };
        }

        var teacher = Teachers.Verified() with
        {
            Verification = (VerificationStatus)random.Next(4),
            IsProfileComplete = random.Next(2) == 0,
            IsPsychologyTeacher = random.Next(3) == 0,
            IsVerifiedPsychologyTeacher = random.Next(3) == 0,
            IsHeadTeacher = random.Next(3) == 0,
            IsVerifiedHeadTeacher = random.Next(3) == 0,
        };

        var statement = Run(rules, outline, progress, teacher);

        Assert.Equal(outline.Courses.Select(c => c.CourseId), statement.Courses.Select(c => c.CourseId));
        Assert.Equal(statement.Courses.Sum(c => c.StudySeconds), statement.StudySeconds);
        Assert.True(statement.CreditedHours >= 0);
        Assert.True(statement.MaxHours is null || statement.CreditedHours <= statement.MaxHours);
        Assert.True(statement.CreditedHours <= statement.Courses.Sum(c => c.CreditedHours));
        Assert.All(statement.Courses, c => Assert.True(c.MaxHours is null || c.CreditedHours <= c.MaxHours));
        Assert.All(statement.Courses, c => Assert.Equal(c.CreditedHours >= c.RequiredHours, c.Met));
        Assert.Equal(statement.Status == CreditStatus.Recognised, statement.IsComplete);
        Assert.Equal(statement.IsComplete, statement.HoursMet && statement.UnmetConditions.Count == 0);
        Assert.All(statement.Courses.SelectMany(c => c.Resources), r => Assert.True(!r.Counts || r.Reasons.Count == 0));
    }

    private static CourseRule RandomRule(Random random, CourseBuilder course)
    {
        var kind = (CreditBasisKind)random.Next(3);
        var basis = kind switch
        {
            CreditBasisKind.StudyMinutes => new CreditBasis(kind, random.Next(4) == 0 ? null : [new(45, 1), new(90, 2)], null, null, null),
            CreditBasisKind.PerResource => new CreditBasis(kind, null,
                [.. course.Resources.Where(_ => random.Next(2) == 0).Select(r => new ResourceCredit(r.ResourceId, random.Next(0, 4) * 0.5m))],
                random.Next(3) == 0 ? null : random.Next(0, 3) * 0.5m, null),
            _ => new CreditBasis(kind, null, null, null, random.Next(4) == 0 ? null : 1),
        };
        return new CourseRule(course.CourseId, random.Next(0, 4), random.Next(3) == 0 ? null : random.Next(0, 4), basis,
            random.Next(2) == 0, random.Next(3) == 0, random.Next(6) == 0);
    }
}
