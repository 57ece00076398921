using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xueshi.CreditRules.Domain;
using Xueshi.Enrollment.Contracts;
using Xueshi.LearningProgress.Contracts;

namespace Xueshi.CreditRules.Features.Views;

/// <summary>
/// Writes a resource row of the progress page straight to the writer. A large program's page is 300 of
/// these, and the general, metadata-driven serializer spent about a quarter of the Host's CPU on them
/// (bench `progress`). The output is the general serializer's, property for property: the API's JSON
/// options (camelCase, enums as camelCase strings, nulls written, the options' encoder, which the writer
/// carries); CreditStatementTests compares the two. The OpenAPI schema is still read from the record.
/// </summary>
internal sealed class ResourceCreditViewJson : JsonConverter<ResourceCreditView>
{
    private static readonly JsonEncodedText ResourceId = JsonEncodedText.Encode("resourceId");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText IsExtension = JsonEncodedText.Encode("isExtension");
    private static readonly JsonEncodedText State = JsonEncodedText.Encode("state");
    private static readonly JsonEncodedText PercentWatched = JsonEncodedText.Encode("percentWatched");
    private static readonly JsonEncodedText StudySeconds = JsonEncodedText.Encode("studySeconds");
    private static readonly JsonEncodedText Counts = JsonEncodedText.Encode("counts");
    private static readonly JsonEncodedText CreditedHours = JsonEncodedText.Encode("creditedHours");
    private static readonly JsonEncodedText Reasons = JsonEncodedText.Encode("reasons");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");

    private static readonly Dictionary<ResourceKind, JsonEncodedText> Kinds = EnumNames<ResourceKind>();
    private static readonly Dictionary<LearningState, JsonEncodedText> States = EnumNames<LearningState>();

    public override ResourceCreditView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A resource's credit is only ever written.");

    // The titles come from the outline Enrollment keeps, the same string instances page after page, and the
    // reasons without figures are shared instances (CreditWords.IsShared): each is escaped and turned into
    // UTF-8 once, not on each of 300 rows per page. Kept per key object, so they go when the outline does.
    private static readonly ConditionalWeakTable<string, EncodedTitle> Titles = [];
    private static readonly ConditionalWeakTable<CreditReason, EncodedReason> SharedReasons = [];

    public override void Write(Utf8JsonWriter writer, ResourceCreditView value, JsonSerializerOptions options)
    {
        var encoder = options.Encoder;
        writer.WriteStartObject();
        writer.WriteString(ResourceId, value.ResourceId);
        writer.WriteString(Title, TitleOf(value.Title, encoder));
        writer.WriteString(Kind, Kinds[value.Kind]);
        writer.WriteBoolean(IsExtension, value.IsExtension);
        writer.WriteString(State, States[value.State]);
        writer.WriteNumber(PercentWatched, value.PercentWatched);
        writer.WriteNumber(StudySeconds, value.StudySeconds);
        writer.WriteBoolean(Counts, value.Counts);
        if (value.CreditedHours is { } hours)
        {
            writer.WriteNumber(CreditedHours, hours);
        }
        else
        {
            writer.WriteNull(CreditedHours);
        }

        writer.WriteStartArray(Reasons);
        var reasons = value.Reasons;
        for (var i = 0; i < reasons.Count; i++)
        {
            var reason = reasons[i];
            if (!options.WriteIndented && CreditWords.IsShared(reason))
            {
                writer.WriteRawValue(SharedReasonOf(reason, encoder), skipInputValidation: true);
            }
            else
            {
                WriteReason(writer, reason);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteReason(Utf8JsonWriter writer, CreditReason reason)
    {
        writer.WriteStartObject();
        writer.WriteString(Code, reason.Code);
        writer.WriteString(Message, reason.Message);
        writer.WriteEndObject();
    }

    private static JsonEncodedText TitleOf(string title, JavaScriptEncoder? encoder)
    {
        if (Titles.TryGetValue(title, out var kept) && kept.Encoder == encoder)
        {
            return kept.Text;
        }

        var text = JsonEncodedText.Encode(title, encoder);
        Titles.AddOrUpdate(title, new EncodedTitle(encoder, text));
        return text;
    }

    private static byte[] SharedReasonOf(CreditReason reason, JavaScriptEncoder? encoder)
    {
        if (SharedReasons.TryGetValue(reason, out var kept) && kept.Encoder == encoder)
        {
            return kept.Json;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            WriteReason(writer, reason);
        }

        var json = buffer.WrittenSpan.ToArray();
        SharedReasons.AddOrUpdate(reason, new EncodedReason(encoder, json));
        return json;
    }

    private sealed record EncodedTitle(JavaScriptEncoder? Encoder, JsonEncodedText Text);

    private sealed record EncodedReason(JavaScriptEncoder? Encoder, byte[] Json);

    // As the API's JsonStringEnumConverter writes them (camelCase); a value added to an enum later is named here too.
    private static Dictionary<T, JsonEncodedText> EnumNames<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v, v => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));
}
