using System.IO.Compression;
using System.Text;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>Real image bytes built in the test, so no binary fixture needs checking in.</summary>
internal static class TestImages
{
    /// <summary>A valid 1×1 greyscale PNG.</summary>
    public static byte[] TinyPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write([0, 0x80]); // filter byte, one grey pixel
        }

        WriteChunk(png, "IDAT", pixels.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The start of a JPEG (SOI + APP0 JFIF) padded to the size wanted.</summary>
    public static byte[] JpegOfSize(int size)
    {
        var bytes = new byte[size];
        byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00];
        head.CopyTo(bytes, 0);
        return bytes;
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(BigEndian((uint)data.Length));
        stream.Write(typeBytes);
        stream.Write(data);
        stream.Write(BigEndian(Crc32([.. typeBytes, .. data])));
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
