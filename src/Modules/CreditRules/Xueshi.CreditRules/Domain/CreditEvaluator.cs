using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Domain;

/// <summary>
/// Rule set + facts → statement. Pure: no database, no clock but the instant given, no I/O, so every
/// edition is unit-tested as a table of scenarios. The facts are the program's outline (Enrollment), the
/// teacher's progress on its resources (LearningProgress) and the teacher's status (Accounts).
/// </summary>
internal static class CreditEvaluator
{
    public static CreditStatement Evaluate(
        RuleSet rules, int version, ProgramOutline outline, IReadOnlyList<ResourceProgressFacts> progress, TeacherStatus teacher, DateTimeOffset now)
    {
        var rulesByCourse = new Dictionary<Guid, CourseRule>();
        foreach (var rule in rules.Courses)
        {
            rulesByCourse.TryAdd(rule.CourseId, rule);
        }

        var progressByResource = new Dictionary<Guid, ResourceProgressFacts>(progress.Count);
        foreach (var facts in progress)
        {
            progressByResource.TryAdd(facts.ResourceId, facts);
        }

        var courses = outline.Courses
            .Select(c => CourseCredit.Evaluate(c, rulesByCourse.GetValueOrDefault(c.CourseId), outline.Window, progressByResource))
            .ToList();

        var studySeconds = courses.Sum(c => c.StudySeconds);
        var earned = courses.Sum(c => c.CreditedHours);
        var lessons = courses.Sum(c => c.CompletedLessons);
        var coursesShort = courses.Count(c => !c.Met);
        var unmet = new List<CreditReason>();

        var required = rules.RequiredTotalHours;
        var max = rules.MaxTotalHours;
        RoleProgress? role = null;
        var lessonsMet = true;
        var eligible = true;

        if (rules.RoleRequirements.Count > 0)
        {
            var applied = RoleChoice.Choose(rules.RoleRequirements, teacher, earned, lessons, rules.MaxTotalHours);
            if (applied is null)
            {
                eligible = false;
                unmet.Add(CreditWords.NoRole(rules.RoleRequirements));
            }
            else
            {
                var (requirement, verified) = applied.Value;
                role = new RoleProgress(requirement.Role, verified, lessons, requirement.MinLessons, requirement.MinHours, requirement.MaxHours);
                required = requirement.MinHours;
                max = max is { } m ? Math.Min(m, requirement.MaxHours) : requirement.MaxHours;
                lessonsMet = lessons >= requirement.MinLessons;
                if (!lessonsMet)
                {
                    unmet.Add(CreditWords.LessonsShort(lessons, requirement));
                }

                if (!verified)
                {
                    unmet.Add(CreditWords.RoleClaimedNotVerified(requirement.Role));
                }
            }
        }

        var credited = earned;
        if (max is { } cap && earned > cap)
        {
            credited = cap;
            courses = WithProgramCap(courses, cap);
        }

        if (!eligible)
        {
            // Time recorded, nothing credited: the courses say so too, so no figure on the page contradicts the total.
            credited = 0;
            courses = [.. courses.Select(c => c with
            {
                CreditedHours = 0,
                Met = c.RequiredHours == 0,
                Resources = [.. c.Resources.Select(r => r.CreditedHours is null ? r : r with { CreditedHours = 0 })],
            })];
        }

        var hoursMet = eligible && credited >= required && coursesShort == 0 && lessonsMet;
        if (eligible && credited < required)
        {
            unmet.Insert(0, CreditWords.HoursShort(credited, required));
        }
        else if (eligible && coursesShort > 0)
        {
            unmet.Insert(0, CreditWords.CoursesShort(coursesShort));
        }

        if (rules.CreditWaitsForCompleteProfile && !teacher.IsProfileComplete)
        {
            unmet.Add(CreditWords.ProfileIncomplete(teacher.MissingFields));
        }

        if (rules.CreditWaitsForVerification && teacher.Verification != VerificationStatus.Approved)
        {
            unmet.Add(CreditWords.NotVerified(teacher.Verification));
        }

        var isComplete = hoursMet && unmet.Count == 0;
        var status = !eligible ? CreditStatus.NotEligible : isComplete ? CreditStatus.Recognised : CreditStatus.Provisional;
        return new CreditStatement(version, now, studySeconds, credited, required, max, hoursMet, status, isComplete, role, unmet, courses);
    }

    /// <summary>The program's cap is told where it bites: on the last course that credited hours.</summary>
    private static List<CourseStatement> WithProgramCap(List<CourseStatement> courses, decimal cap)
    {
        var last = courses.FindLastIndex(c => c.CreditedHours > 0);
        if (last >= 0)
        {
            courses[last] = courses[last] with { Reasons = [.. courses[last].Reasons, CreditWords.ProgramCap(cap)] };
        }

        return courses;
    }
}
