using System.Web;
using Npgsql;

namespace Xueshi.Testing;

internal static class ConnectionStrings
{
    /// <summary>Accepts what CI services hand out: an Npgsql connection string or a postgres:// URL.</summary>
    public static string FromUrlOrConnectionString(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        }

        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.DnsSafeHost,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = uri.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(uri.AbsolutePath[1..]) : "postgres",
        };

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        var query = HttpUtility.ParseQueryString(uri.Query);
        if (query["sslmode"] is { } sslMode)
        {
            builder.SslMode = Enum.Parse<SslMode>(sslMode.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
        }

        return builder.ConnectionString;
    }
}
