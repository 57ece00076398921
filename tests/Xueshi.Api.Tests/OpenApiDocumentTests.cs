using System.Text.Json.Nodes;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>
/// What the Host's OpenAPI filters promise integrators, read from the document the running Host
/// serves: limits come from the validators, every operation says whether it needs a token, and
/// rate-limited operations tell the client how long to wait.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonNode> DocumentAsync() =>
        JsonNode.Parse(await api.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => Methods.Contains(op.Key))
            .Select(op => (path.Key, op.Key, op.Value!)));

    private static JsonNode Parameter(JsonNode document, string path, string name) =>
        document["paths"]![path]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!;

    [Fact]
    public async Task A_validators_limits_appear_on_the_schema_and_the_query_parameters()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;

        // MaximumLength(200) in RefreshAccessTokenValidator; Text(1, 20) in RegisterAccountValidator; the phone rule's pattern.
        Assert.Equal(200, (int)schemas["RefreshAccessToken"]!["properties"]!["refreshToken"]!["maxLength"]!);
        Assert.Equal(20, (int)schemas["RegisterAccount"]!["properties"]!["nickname"]!["maxLength"]!);
        Assert.Equal(1, (int)schemas["RegisterAccount"]!["properties"]!["nickname"]!["minLength"]!);
        Assert.Equal(@"^1[3-9]\d{9}$", (string?)schemas["RegisterAccount"]!["properties"]!["phone"]!["pattern"]);
        // ItemCount(1, 300) on the request the body becomes.
        Assert.Equal(300, (int)schemas["DecideVerificationsBody"]!["properties"]!["accountIds"]!["maxItems"]!);

        // SearchSchoolsValidator: q at most 50, pageSize 1 to 50; the page of schools holds at most 50.
        Assert.Equal(50, (int)Parameter(document, "/api/v1/schools", "q")["schema"]!["maxLength"]!);
        var pageSize = Parameter(document, "/api/v1/schools", "pageSize")["schema"]!;
        Assert.Equal((1, 50), ((int)pageSize["minimum"]!, (int)pageSize["maximum"]!));
        Assert.Equal(50, (int)schemas["SchoolPage"]!["properties"]!["items"]!["maxItems"]!);
    }

    [Fact]
    public async Task Anonymous_operations_declare_no_security_and_the_others_the_bearer_token()
    {
        var document = await DocumentAsync();

        var signIn = document["paths"]!["/api/v1/auth/tokens"]!["post"]!;
        Assert.Empty(signIn["security"]!.AsArray());

        var me = document["paths"]!["/api/v1/me"]!["get"]!;
        Assert.NotNull(me["security"]![0]!["Bearer"]);
        Assert.NotNull(me["responses"]!["401"]);
    }

    [Fact]
    public async Task Rate_limited_operations_document_429_with_Retry_After_and_the_others_do_not()
    {
        var document = await DocumentAsync();

        var smsCodes = document["paths"]!["/api/v1/auth/sms-codes"]!["post"]!;
        Assert.NotNull(smsCodes["responses"]!["429"]!["headers"]!["Retry-After"]);

        var regions = document["paths"]!["/api/v1/regions"]!["get"]!;
        Assert.Null(regions["responses"]!["429"]);
    }

    [Fact]
    public async Task Every_operation_documents_500_every_parameter_is_described_and_every_body_has_an_example()
    {
        var document = await DocumentAsync();
        foreach (var (path, method, operation) in Operations(document))
        {
            Assert.True(operation["responses"]!["500"] is not null, $"{method} {path} has no 500");
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)parameter!["description"]), $"{method} {path}: {parameter["name"]} has no description");
            }

            foreach (var media in operation["requestBody"]?["content"]?.AsObject() ?? [])
            {
                Assert.True(media.Value!["example"] is not null, $"{method} {path} ({media.Key}) has no example");
            }
        }
    }
}
