using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Domain;

/// <summary>
/// When a course's completions count: the program's window (00:00 of its first day to 24:00 of its last,
/// China Standard Time), from the course's opening day at the earliest; for a course carried over from an
/// earlier program, completions inside that program's window count too (2023 summer: June–July progress).
/// </summary>
internal sealed record CreditWindow(StudyWindow Own, StudyWindow? Carried)
{
    public static CreditWindow For(OutlineCourse course, StudyWindow programWindow)
    {
        var starts = course.OpensOn is { } opens && opens > programWindow.StartsOn ? opens : programWindow.StartsOn;
        var carried = course.CarriedFromProgramId is not null ? course.CarriedFromWindow : null;
        return new CreditWindow(programWindow with { StartsOn = starts }, carried);
    }

    public bool Contains(DateTimeOffset instant) => Own.Contains(instant) || Carried?.Contains(instant) == true;

    public CreditReason Reason() => CreditWords.OutsideWindow(Own.StartsOn, Own.EndsOn, Carried);
}
