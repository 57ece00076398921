using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Xueshi.Certificates.Signing;

/// <summary>
/// The data a certificate's signature covers (version 1), written one way only so that the same certificate always gives
/// the same bytes: UTF-8 JSON, no whitespace, object keys in ordinal order at every level, strings escaped only where
/// JSON requires it (Chinese stays as it is), hours as decimal strings ("6", "1.5"; never floating point), dates as
/// yyyy-MM-dd. The README's "Verifying a certificate offline" documents it field by field.
/// </summary>
internal static class CanonicalCertificate
{
    public const string Type = "xueshi-certificate";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static byte[] Write(SignedCertificateData data)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("holder");
            json.WriteString("idNumber", data.IdNumber);
            json.WriteString("name", data.HolderName);
            json.WriteEndObject();
            json.WriteString("issuedOn", data.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("issuer", data.Issuer);
            json.WriteStartArray("programs");
            foreach (var program in data.Programs)
            {
                json.WriteStartObject();
                json.WriteStartArray("courses");
                foreach (var course in program.Courses)
                {
                    json.WriteStartObject();
                    json.WriteString("hours", Hours(course.Hours));
                    json.WriteString("title", course.Title);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString("hours", Hours(program.Hours));
                json.WriteString("id", program.ProgramId.ToString("D"));
                json.WriteString("title", program.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("school", data.SchoolName);
            json.WriteString("serial", data.Serial);
            json.WriteString("title", data.Title);
            json.WriteString("totalHours", Hours(data.TotalHours));
            json.WriteString("type", Type);
            json.WriteNumber("v", 1);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Read back (the PDF and the views take the full data from the signed bytes, the one copy that holds it).</summary>
    public static SignedCertificateData Read(ReadOnlySpan<byte> canonical)
    {
        using var document = JsonDocument.Parse(canonical.ToArray());
        var root = document.RootElement;
        var holder = root.GetProperty("holder");
        return new SignedCertificateData(
            root.GetProperty("serial").GetString()!,
            root.GetProperty("title").GetString()!,
            holder.GetProperty("name").GetString()!,
            holder.GetProperty("idNumber").GetString()!,
            root.GetProperty("school").GetString()!,
            [.. root.GetProperty("programs").EnumerateArray().Select(p => new SignedProgram(
                Guid.Parse(p.GetProperty("id").GetString()!),
                p.GetProperty("title").GetString()!,
                ParseHours(p.GetProperty("hours")),
                [.. p.GetProperty("courses").EnumerateArray().Select(c => new SignedCourse(c.GetProperty("title").GetString()!, ParseHours(c.GetProperty("hours"))))]))],
            ParseHours(root.GetProperty("totalHours")),
            DateOnly.ParseExact(root.GetProperty("issuedOn").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            root.GetProperty("issuer").GetString()!);
    }

    private static string Hours(decimal hours) => hours.ToString("0.############", CultureInfo.InvariantCulture);

    private static decimal ParseHours(JsonElement element) => decimal.Parse(element.GetString()!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}

/// <summary>What a certificate says, in full: the holder's name and ID number included (only the signed bytes hold them).</summary>
internal sealed record SignedCertificateData(
    string Serial,
    string Title,
    string HolderName,
    string IdNumber,
    string SchoolName,
    IReadOnlyList<SignedProgram> Programs,
    decimal TotalHours,
    DateOnly IssuedOn,
    string Issuer);

/// <param name="ProgramId">The program.</param>
/// <param name="Title">Its title.</param>
/// <param name="Hours">Its credited hours.</param>
/// <param name="Courses">Its courses' credited hours.</param>
internal sealed record SignedProgram(Guid ProgramId, string Title, decimal Hours, IReadOnlyList<SignedCourse> Courses);

/// <param name="Title">The course's title.</param>
/// <param name="Hours">Its credited hours.</param>
internal sealed record SignedCourse(string Title, decimal Hours);
