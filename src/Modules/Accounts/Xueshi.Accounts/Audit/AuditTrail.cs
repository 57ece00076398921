using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Xueshi.Accounts.Contracts.Audit;
using Xueshi.Accounts.Persistence;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Audit;

/// <summary>
/// Writes audit records. Who (the signed-in account), when, from which address and through which
/// operation come from the request, so a handler names only what it did and to whom.
/// </summary>
internal sealed class AuditTrail(
    AccountsDbContext db,
    IHttpContextAccessor http,
    ICurrentUser currentUser,
    TimeProvider clock,
    ILogger<AuditTrail> logger)
{
    /// <summary>
    /// Adds a security event to the handler's unit of work: it is saved by the handler's own
    /// SaveChanges, in the same transaction as the change it records, or not at all.
    /// </summary>
    public void Add(
        AuditEventType type,
        Guid? subject,
        string? resourceType = null,
        Guid? resourceId = null,
        string? detail = null,
        IEnumerable<string>? fields = null,
        Guid? actor = null) =>
        db.AuditEvents.Add(Create(type, actor ?? currentUser.AccountId, subject is { } s ? [s] : [], fields ?? [], resourceType, resourceId, detail));

    /// <summary>
    /// Writes the record of a read of other people's personal data now, before the data is served.
    /// When it cannot be written the read is refused (<see cref="AuditErrors.RecordFailed"/>): personal
    /// data is never shown without its record. Call it from read handlers only: it saves the context,
    /// and a read handler has nothing else tracked in it.
    /// </summary>
    public async Task RecordReadAsync(
        IEnumerable<Guid> subjects,
        IEnumerable<string> fields,
        string resourceType,
        Guid? resourceId,
        CancellationToken cancellationToken,
        AuditEventType type = AuditEventType.PersonalDataRead)
    {
        var record = Create(type, currentUser.AccountId, subjects, fields, resourceType, resourceId, detail: null);
        db.AuditEvents.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            db.Entry(record).State = EntityState.Detached;
            logger.LogError(e, "The audit record of {Operation} by {Actor} could not be written; the read was refused",
                record.Operation, record.ActorAccountId);
            throw AuditErrors.RecordFailed.ToException(new Dictionary<string, object?>
            {
                ["retryAfterSeconds"] = AuditErrors.RetryAfterSeconds,
            });
        }
    }

    private AuditEvent Create(
        AuditEventType type,
        Guid? actor,
        IEnumerable<Guid> subjects,
        IEnumerable<string> fields,
        string? resourceType,
        Guid? resourceId,
        string? detail)
    {
        var context = http.HttpContext;
        var operation = context?.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
            ?? (context is null ? "background" : $"{context.Request.Method} {context.Request.Path}");
        return AuditEvent.Create(type, clock.GetUtcNow(), actor, subjects, fields, resourceType, resourceId,
            operation, context?.Connection.RemoteIpAddress?.ToString(), detail);
    }
}
