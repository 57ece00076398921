using Microsoft.Extensions.Configuration;
using Xueshi.Accounts.Sms;
using Xueshi.Accounts.Sms.Aliyun;

namespace Xueshi.Accounts.Tests;

/// <summary>The request signature Alibaba recomputes; a wrong one and no SMS is ever sent.</summary>
public sealed class AliyunSignatureTests
{
    [Fact]
    public void Signs_the_worked_example_of_the_SMS_documentation()
    {
        // The example of https://help.aliyun.com/document_detail/101343.htm (签名机制): testId / testSecret,
        // a GET, and its published result zJDF+Lrzhj/ThnlvIToysFRq6t4= (zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D in the URL).
        var parameters = new Dictionary<string, string>
        {
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = "45e25e9b-0a6f-4070-8c85-2956eda1b466",
            ["AccessKeyId"] = "testId",
            ["SignatureVersion"] = "1.0",
            ["Timestamp"] = "2017-07-12T02:42:19Z",
            ["Format"] = "XML",
            ["Action"] = "SendSms",
            ["Version"] = "2017-05-25",
            ["RegionId"] = "cn-hangzhou",
            ["PhoneNumbers"] = "15300000001",
            ["SignName"] = "阿里云短信测试专用",
            ["TemplateParam"] = "{\"customer\":\"test\"}",
            ["TemplateCode"] = "SMS_71390007",
            ["OutId"] = "123",
        };

        Assert.StartsWith("GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001",
            AliyunRpcSignature.StringToSign("GET", parameters), StringComparison.Ordinal);
        Assert.Equal("zJDF+Lrzhj/ThnlvIToysFRq6t4=", AliyunRpcSignature.Sign("GET", parameters, "testSecret"));
        Assert.Equal("zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D", AliyunRpcSignature.PercentEncode("zJDF+Lrzhj/ThnlvIToysFRq6t4="));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a*b", "a%2Ab")]
    [InlineData("a~b-c_d.e", "a~b-c_d.e")]
    [InlineData("{\"code\":\"123456\"}", "%7B%22code%22%3A%22123456%22%7D")]
    [InlineData("学时", "%E5%AD%A6%E6%97%B6")]
    public void Percent_encodes_as_RFC_3986_with_Alibabas_rules(string value, string encoded) =>
        Assert.Equal(encoded, AliyunRpcSignature.PercentEncode(value));

    [Fact]
    public void A_missing_setting_is_named_with_its_environment_variable()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Xueshi:Sms:Provider"] = "Aliyun",
            ["Xueshi:Sms:Aliyun:AccessKeyId"] = "id",
            ["Xueshi:Sms:Aliyun:SignName"] = "学时",
            ["Xueshi:Sms:Aliyun:Templates:Register"] = "SMS_1",
        }).Build();

        var problems = string.Join(" ", SmsRegistration.ConfigurationProblems(configuration));

        Assert.Contains("Xueshi:Sms:Aliyun:AccessKeySecret", problems, StringComparison.Ordinal);
        Assert.Contains("Xueshi__Sms__Aliyun__AccessKeySecret", problems, StringComparison.Ordinal);
        Assert.Contains("Xueshi:Sms:Aliyun:Templates:SignIn", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("Templates:Register", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("AccessKeyId", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_refused_rather_than_silently_unconfigured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Xueshi:Sms:Provider"] = "Aliyn",
        }).Build();

        Assert.Contains("Xueshi:Sms:Provider", Assert.Single(SmsRegistration.ConfigurationProblems(configuration)), StringComparison.Ordinal);
    }
}
