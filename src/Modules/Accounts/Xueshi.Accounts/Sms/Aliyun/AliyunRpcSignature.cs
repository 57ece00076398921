using System.Security.Cryptography;
using System.Text;

namespace Xueshi.Accounts.Sms.Aliyun;

/// <summary>
/// Alibaba Cloud's RPC request signature, version 1.0 (HMAC-SHA1), as documented for SMS at
/// https://help.aliyun.com/document_detail/101343.htm (签名机制) and
/// https://www.alibabacloud.com/help/en/sms/signature-method: parameters sorted by name, names and
/// values percent-encoded per RFC 3986 (only A-Z a-z 0-9 - _ . ~ left as they are, a space as %20,
/// UTF-8 bytes as %XY), StringToSign = method + "&amp;%2F&amp;" + percentEncode(canonicalized query),
/// signature = Base64(HMAC-SHA1(AccessKeySecret + "&amp;", StringToSign)).
/// </summary>
internal static class AliyunRpcSignature
{
    public static string Sign(string method, IReadOnlyDictionary<string, string> parameters, string accessKeySecret)
    {
        var stringToSign = StringToSign(method, parameters);
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(accessKeySecret + "&"), Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToBase64String(mac);
    }

    public static string StringToSign(string method, IReadOnlyDictionary<string, string> parameters) =>
        method + "&" + PercentEncode("/") + "&" + PercentEncode(CanonicalizedQuery(parameters));

    /// <summary>The sorted, encoded name=value pairs; also the request's form body (the signature appended).</summary>
    public static string CanonicalizedQuery(IReadOnlyDictionary<string, string> parameters) =>
        string.Join("&", parameters
            .Where(p => p.Key != "Signature")
            // Ordinal: the documented order is by the names' characters (Java's TreeMap), not by culture.
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => PercentEncode(p.Key) + "=" + PercentEncode(p.Value)));

    public static string PercentEncode(string value)
    {
        var builder = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
