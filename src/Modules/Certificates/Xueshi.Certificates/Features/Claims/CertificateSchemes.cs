using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Persistence;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Certificates.Features.Claims;

/// <summary>
/// Which certificate a program leads to: its training's, when an operator set one for the training (the topics then give
/// none of their own); else its own, when it has a certificate date; else none.
/// </summary>
internal sealed class CertificateSchemes(CertificatesDbContext db, IMediator mediator)
{
    /// <summary>The program as teachers see it (null for none or a draft) and its scheme (null when it gives no certificate).</summary>
    public async Task<(ProgramOutline? Program, CertificateScheme? Scheme)> ForProgramAsync(Guid programId, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetProgramOutline(programId), cancellationToken) is not { State: not ProgramState.Draft } outline)
        {
            return (null, null);
        }

        if (outline.TrainingId is { } trainingId
            && await db.TrainingCertificates.AsNoTracking().SingleOrDefaultAsync(t => t.TrainingId == trainingId, cancellationToken) is { } group
            && await mediator.Send(new GetTrainingPrograms(trainingId), cancellationToken) is { } training)
        {
            return (outline, ForTraining(group, training));
        }

        return outline.CertificateDate is { } date
            ? (outline, new CertificateScheme(outline.ProgramId, SchemeKind.Program, outline.Title, date,
                [new SchemeProgram(outline.ProgramId, outline.Title, outline.Window)]))
            : (outline, null);
    }

    /// <summary>A training's certificate as set, over the training's programs as teachers see them now.</summary>
    public static CertificateScheme ForTraining(TrainingCertificate certificate, TrainingPrograms training) =>
        new(training.TrainingId, SchemeKind.Training, certificate.Title, certificate.CertificateDate,
            [.. training.Programs.Select(p => new SchemeProgram(p.ProgramId, p.Title, p.Window))]);

    /// <summary>The teacher's valid certificate of a scheme, if they claimed it.</summary>
    public Task<IssuedCertificate?> ValidAsync(Guid teacherId, Guid schemeId, CancellationToken cancellationToken) =>
        db.Certificates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TeacherId == teacherId && c.SchemeId == schemeId && c.Status == CertificateStatus.Valid, cancellationToken);
}
