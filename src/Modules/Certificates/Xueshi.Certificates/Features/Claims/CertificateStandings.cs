using MediatR;
using Xueshi.Accounts.Contracts;
using Xueshi.Certificates.Domain;
using Xueshi.CreditRules.Contracts;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Certificates.Features.Claims;

/// <summary>Everything eligibility is decided from, asked of the modules that own it, and the decision.</summary>
/// <param name="Holder">The teacher's data now.</param>
/// <param name="Standings">Each program of the scheme with the teacher's enrollment and completion.</param>
/// <param name="Today">Today in China Standard Time.</param>
/// <param name="Eligibility">The decision.</param>
internal sealed record CertificateFacts(CertificateHolder Holder, IReadOnlyList<ProgramStanding> Standings, DateOnly Today, Eligibility Eligibility);

internal sealed class CertificateStandings(IMediator mediator, TimeProvider clock)
{
    /// <summary>Null when there is no such account.</summary>
    public async Task<CertificateFacts?> DecideAsync(Guid teacherId, CertificateScheme scheme, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetCertificateHolder(teacherId), cancellationToken) is not { } holder)
        {
            return null;
        }

        var standings = new List<ProgramStanding>(scheme.Programs.Count);
        foreach (var program in scheme.Programs)
        {
            var enrolled = await mediator.Send(new IsEnrolled(teacherId, program.ProgramId), cancellationToken);
            var completion = enrolled ? await mediator.Send(new GetProgramCompletion(teacherId, program.ProgramId), cancellationToken) : null;
            standings.Add(new ProgramStanding(program, enrolled, completion));
        }

        var today = StudyWindow.DateAt(clock.GetUtcNow());
        return new CertificateFacts(holder, standings, today, CertificateEligibility.Decide(scheme, standings, holder, today));
    }
}
