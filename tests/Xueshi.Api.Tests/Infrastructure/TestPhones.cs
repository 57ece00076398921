using System.Security.Cryptography;

namespace Xueshi.Api.Tests.Infrastructure;

internal static class TestPhones
{
    /// <summary>A random mainland mobile number, so tests sharing a database never collide.</summary>
    public static string Next() => "139" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
