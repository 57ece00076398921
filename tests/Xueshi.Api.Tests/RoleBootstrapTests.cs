using System.Net;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Testing;

namespace Xueshi.Api.Tests;

/// <summary>The first operator and support agent of a fresh install come from configuration.</summary>
public sealed class RoleBootstrapTests
{
    [Fact]
    public async Task Configured_numbers_get_their_role_at_a_start_after_they_registered_and_once_only()
    {
        var connection = await ApiDatabase.CreateAsync(nameof(RoleBootstrapTests));
        try
        {
            var operatorPhone = TestPhones.Next();
            var supportPhone = TestPhones.Next();
            var settings = new Dictionary<string, string?>
            {
                ["Xueshi:Accounts:Bootstrap:Operators:0"] = operatorPhone,
                ["Xueshi:Accounts:Bootstrap:Support:0"] = supportPhone,
            };

            // First start: nobody has registered yet, so nothing can be granted (a warning is logged).
            await using (var first = new XueshiApiFactory(connection, settings))
            {
                using var client = first.CreateClient();
                await client.RegisterAsync(operatorPhone, "首位运营");
                await client.RegisterAsync(supportPhone, "首位客服");
                var me = await (await client.GetMeAsync((await client.SignInOkAsync(operatorPhone)).AccessToken)).ReadOkAsync<Me>();
                Assert.Empty(me.Roles);
            }

            // Later starts: the roles are granted, and granted once however often the server restarts.
            for (var start = 0; start < 2; start++)
            {
                await using var again = new XueshiApiFactory(connection, settings);
                using var client = again.CreateClient();
                await WaitForRoleAsync(client, operatorPhone, "operator");
                await WaitForRoleAsync(client, supportPhone, "support");

                var op = await client.SignInOkAsync(operatorPhone);
                var grants = await client.SendAsAsync(op.AccessToken, HttpMethod.Get, "/api/v1/role-grants");
                var items = await grants.ReadOkAsync<RoleGrantItem[]>();
                Assert.Single(items, g => g.Phone == operatorPhone && g.Role == "operator" && g.GrantedBy is null);
                Assert.Single(items, g => g.Phone == supportPhone && g.Role == "support");
            }
        }
        finally
        {
            await TestDatabases.DropDatabaseAsync(connection);
        }
    }

    /// <summary>The grant runs in the background right after the database is ready.</summary>
    private static async Task WaitForRoleAsync(HttpClient client, string phone, string role)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var tokens = await client.SignInOkAsync(phone);
            var me = await (await client.GetMeAsync(tokens.AccessToken)).ReadOkAsync<Me>();
            if (me.Roles.Contains(role))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{phone} did not get {role}.");
            await Task.Delay(200);
        }
    }
}
