using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Legal;

/// <summary>The current version of each document, and the stamp a token carries when its account agreed to them.</summary>
internal sealed record LegalVersions(int UserAgreement, int PrivacyPolicy)
{
    public const int MaxVersion = 100_000;

    public string Stamp => StampOf(UserAgreement, PrivacyPolicy);

    public static string StampOf(int? userAgreement, int? privacyPolicy) =>
        $"userAgreement:{userAgreement ?? 0};privacyPolicy:{privacyPolicy ?? 0}";

    public bool AreCurrent(int? userAgreement, int? privacyPolicy) =>
        userAgreement == UserAgreement && privacyPolicy == PrivacyPolicy;
}

/// <summary>
/// The consent gate asks this on every authenticated request, so it is held in memory: read from the
/// database at most every <see cref="Lifetime"/>, and dropped at once in this process when an
/// operator publishes. Another instance of the Host sees a new version within <see cref="Lifetime"/>.
/// </summary>
internal sealed class CurrentLegalVersions(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private (LegalVersions Versions, DateTimeOffset ReadAt)? _cached;

    public async ValueTask<LegalVersions> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } hit && clock.GetUtcNow() - hit.ReadAt < Lifetime)
        {
            return hit.Versions;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && clock.GetUtcNow() - again.ReadAt < Lifetime)
            {
                return again.Versions;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var versions = await ConsentBook.CurrentAsync(db, cancellationToken);
            _cached = (versions, clock.GetUtcNow());
            return versions;
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>After a publish: the next question reads the database.</summary>
    public void Forget() => _cached = null;
}
