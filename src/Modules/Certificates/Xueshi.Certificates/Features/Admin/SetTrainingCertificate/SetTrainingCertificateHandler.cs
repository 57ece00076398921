using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Certificates.Domain;
using Xueshi.Certificates.Features.Claims;
using Xueshi.Certificates.Persistence;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Certificates.Features.Admin.SetTrainingCertificate;

internal sealed class SetTrainingCertificateHandler(ICurrentUser user, CertificatesDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SetTrainingCertificate, TrainingCertificateView>, IRequestHandler<GetTrainingCertificate, TrainingCertificateView>
{
    public async Task<TrainingCertificateView> Handle(SetTrainingCertificate request, CancellationToken cancellationToken)
    {
        var operatorId = user.RequireOperator();
        var training = await mediator.Send(new GetTrainingPrograms(request.TrainingId), cancellationToken)
            ?? throw CertificatesErrors.TrainingNotFound.ToException();
        var date = request.CertificateDate!.Value;
        // 待…所有专题培训结束后将统一发放证书: not one day before every topic has ended.
        if (training.Programs.Count > 0 && date <= training.Programs.Max(p => p.Window.EndsOn))
        {
            throw CertificatesErrors.DateBeforeLastWindow.ToException(new Dictionary<string, object?>
            {
                ["lastProgramEndsOn"] = training.Programs.Max(p => p.Window.EndsOn),
            });
        }

        var title = string.IsNullOrWhiteSpace(request.Title) ? training.Title : request.Title.Trim();
        var now = clock.GetUtcNow();
        var existing = await db.TrainingCertificates.SingleOrDefaultAsync(t => t.TrainingId == request.TrainingId, cancellationToken);
        if (existing is null)
        {
            db.TrainingCertificates.Add(TrainingCertificate.Create(request.TrainingId, title, date, now, operatorId));
        }
        else
        {
            existing.Change(title, date, now, operatorId);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two operators set it at once: the other's insert won; this one's values are applied over it.
            db.ChangeTracker.Clear();
            var winner = await db.TrainingCertificates.SingleAsync(t => t.TrainingId == request.TrainingId, cancellationToken);
            winner.Change(title, date, now, operatorId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return View(await db.TrainingCertificates.AsNoTracking().SingleAsync(t => t.TrainingId == request.TrainingId, cancellationToken), training);
    }

    public async Task<TrainingCertificateView> Handle(GetTrainingCertificate request, CancellationToken cancellationToken)
    {
        user.RequireOperator();
        var training = await mediator.Send(new GetTrainingPrograms(request.TrainingId), cancellationToken)
            ?? throw CertificatesErrors.TrainingNotFound.ToException();
        var certificate = await db.TrainingCertificates.AsNoTracking().SingleOrDefaultAsync(t => t.TrainingId == request.TrainingId, cancellationToken)
            ?? throw CertificatesErrors.NoCertificate.ToException();
        return View(certificate, training);
    }

    private static TrainingCertificateView View(TrainingCertificate certificate, TrainingPrograms training)
    {
        var scheme = CertificateSchemes.ForTraining(certificate, training);
        return new TrainingCertificateView(certificate.TrainingId, certificate.Title, certificate.CertificateDate, scheme.ClaimableOn,
            [.. training.Programs.Select(p => p.ProgramId)], certificate.UpdatedAt);
    }
}
