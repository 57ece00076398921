using Xueshi.Accounts.Contracts;
using Xueshi.CreditRules.Contracts;

namespace Xueshi.Certificates.Domain;

/// <param name="Program">A program of the scheme.</param>
/// <param name="IsEnrolled">The teacher enrolled in it.</param>
/// <param name="Completion">Its 结业 under the published credit rules; null when the credit rules know no such program.</param>
internal sealed record ProgramStanding(SchemeProgram Program, bool IsEnrolled, ProgramCompletion? Completion);

/// <param name="IsEligible">Every condition holds: the certificate can be claimed.</param>
/// <param name="Unmet">Every condition not met, in the teacher's words; empty when eligible.</param>
/// <param name="Covered">The programs the certificate would record: those the teacher completed, in the scheme's order.</param>
/// <param name="TotalHours">Their hours together, as the certificate would print them.</param>
internal sealed record Eligibility(bool IsEligible, IReadOnlyList<CertificateCondition> Unmet, IReadOnlyList<ProgramStanding> Covered, decimal TotalHours);

/// <summary>
/// Whether a teacher may claim a scheme's certificate, and every reason not, all at once (the teacher fixes them all,
/// not one per visit). A pure function: the facts come from Credit rules, Accounts and Enrollment.
/// </summary>
internal static class CertificateEligibility
{
    /// <param name="scheme">The certificate scheme.</param>
    /// <param name="standings">Each of its programs with the teacher's enrollment and completion, in the scheme's order.</param>
    /// <param name="holder">The teacher's data as Accounts has it now.</param>
    /// <param name="today">Today in China Standard Time.</param>
    public static Eligibility Decide(CertificateScheme scheme, IReadOnlyList<ProgramStanding> standings, CertificateHolder holder, DateOnly today)
    {
        var unmet = new List<CertificateCondition>();
        var enrolled = standings.Where(s => s.IsEnrolled).ToList();
        // A training's certificate records the topics the teacher completed: the 2023 winter training's teachers took
        // the basic-education module or a higher-education topic, not all of them.
        var covered = enrolled.Where(s => s.Completion is { IsComplete: true }).ToList();
        if (enrolled.Count == 0)
        {
            unmet.Add(CertificateWords.NotEnrolled(scheme.Kind));
        }
        else if (covered.Count == 0)
        {
            foreach (var standing in enrolled)
            {
                foreach (var condition in standing.Completion?.UnmetConditions ?? [])
                {
                    // Verification is said once below, for the whole certificate, with the hours already earned.
                    if (condition.Code == "credit.not_verified")
                    {
                        continue;
                    }

                    unmet.Add(scheme.Kind == SchemeKind.Training
                        ? CertificateWords.InProgram(standing.Program.Title, condition.Code, condition.Message)
                        : new CertificateCondition(condition.Code, condition.Message));
                }
            }
        }

        if (holder.Verification != VerificationStatus.Approved)
        {
            unmet.Add(CertificateWords.NotVerified(enrolled.Sum(s => s.Completion?.CreditedHours ?? 0)));
        }
        else if (string.IsNullOrWhiteSpace(holder.RealName) || string.IsNullOrWhiteSpace(holder.IdNumber) || string.IsNullOrWhiteSpace(holder.SchoolName))
        {
            unmet.Add(CertificateWords.ProfileIncomplete());
        }

        if (today < scheme.ClaimableOn)
        {
            unmet.Add(CertificateWords.DateNotReached(scheme.ClaimableOn));
        }

        return new Eligibility(covered.Count > 0 && unmet.Count == 0, unmet, covered, covered.Sum(s => s.Completion!.CreditedHours));
    }
}
