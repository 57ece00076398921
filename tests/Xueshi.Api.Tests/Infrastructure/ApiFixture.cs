using Xueshi.Testing;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>One Host and one fresh database for a test class.</summary>
public class ApiFixture : IAsyncLifetime
{
    private XueshiApiFactory? _factory;

    public XueshiApiFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public string ConnectionString { get; private set; } = "";

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Test doubles for the rare class that needs one (a switch that makes a dependency fail on cue).</summary>
    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services => null;

    public async Task InitializeAsync()
    {
        ConnectionString = await ApiDatabase.CreateAsync(GetType().Name);
        _factory = new XueshiApiFactory(ConnectionString, Settings, Services);
        _ = _factory.Server;
    }

    public HttpClient CreateClient() => Factory.CreateClient();

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (ConnectionString.Length > 0)
        {
            await TestDatabases.DropDatabaseAsync(ConnectionString);
        }
    }
}
