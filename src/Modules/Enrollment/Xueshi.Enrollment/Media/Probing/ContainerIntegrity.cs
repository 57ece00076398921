using System.Buffers.Binary;

namespace Xueshi.Enrollment.Media.Probing;

/// <summary>
/// Cheap structural checks that catch a file cut short, which ffprobe alone does not always notice:
/// a WebM's header states its duration, so ffprobe reports it for the first half of the file too.
/// Each check reads a few bytes at known places, never the whole file.
/// </summary>
internal static class ContainerIntegrity
{
    public static bool IsComplete(SniffedFormat format, Stream file) => format switch
    {
        SniffedFormat.Mp4 => Mp4BoxesFit(file),
        SniffedFormat.WebM => EbmlSegmentFits(file),
        SniffedFormat.Pdf => TailContains(file, "%%EOF"u8, 1024),
        SniffedFormat.Png => TailEndsWith(file, [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]), // the IEND chunk
        SniffedFormat.Jpeg => TailContains(file, [0xFF, 0xD9], 64), // end of image (some cameras pad after it)
        _ => false,
    };

    /// <summary>The top-level boxes (ftyp, moov, mdat, …) must tile the file exactly: a cut file ends inside one.</summary>
    private static bool Mp4BoxesFit(Stream file)
    {
        Span<byte> header = stackalloc byte[16];
        long offset = 0;
        var length = file.Length;
        while (offset < length)
        {
            if (length - offset < 8 || !ReadAt(file, offset, header[..8]))
            {
                return false;
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var headerSize = 8;
            if (size == 1)
            {
                if (!ReadAt(file, offset + 8, header.Slice(8, 8)))
                {
                    return false;
                }

                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.Slice(8, 8));
                headerSize = 16;
            }
            else if (size == 0)
            {
                return true; // the last box runs to the end of the file
            }

            if (size < headerSize || size > length - offset)
            {
                return false;
            }

            offset += size;
        }

        return offset == length;
    }

    /// <summary>The EBML header, then the Segment whose declared size must lie within the file.</summary>
    private static bool EbmlSegmentFits(Stream file)
    {
        Span<byte> buffer = stackalloc byte[12];
        long offset = 4; // past the EBML header's ID
        if (!ReadVint(file, ref offset, out var headerSize, out _))
        {
            return false;
        }

        offset += headerSize;
        if (!ReadAt(file, offset, buffer[..4]) || !buffer[..4].SequenceEqual((ReadOnlySpan<byte>)[0x18, 0x53, 0x80, 0x67]))
        {
            return false;
        }

        offset += 4;
        if (!ReadVint(file, ref offset, out var segmentSize, out var unknownSize))
        {
            return false;
        }

        // A live recording may leave the size unknown; then nothing here can tell, and ffprobe decides.
        return unknownSize || offset + segmentSize <= file.Length;
    }

    /// <summary>An EBML variable-length integer: the leading zero bits of the first byte give its length.</summary>
    private static bool ReadVint(Stream file, ref long offset, out long value, out bool unknown)
    {
        value = 0;
        unknown = false;
        Span<byte> bytes = stackalloc byte[8];
        if (!ReadAt(file, offset, bytes[..1]) || bytes[0] == 0)
        {
            return false;
        }

        var length = System.Numerics.BitOperations.LeadingZeroCount((uint)bytes[0]) - 24 + 1;
        if (!ReadAt(file, offset, bytes[..length]))
        {
            return false;
        }

        value = bytes[0] & (0xFF >> length);
        var allOnes = value == (0xFF >> length);
        for (var i = 1; i < length; i++)
        {
            value = (value << 8) | bytes[i];
            allOnes &= bytes[i] == 0xFF;
        }

        unknown = allOnes;
        offset += length;
        return true;
    }

    private static bool TailEndsWith(Stream file, ReadOnlySpan<byte> suffix)
    {
        Span<byte> tail = stackalloc byte[suffix.Length];
        return file.Length >= suffix.Length && ReadAt(file, file.Length - suffix.Length, tail) && tail.SequenceEqual(suffix);
    }

    private static bool TailContains(Stream file, ReadOnlySpan<byte> marker, int window)
    {
        var size = (int)Math.Min(window, file.Length);
        var tail = new byte[size];
        return ReadAt(file, file.Length - size, tail) && tail.AsSpan().IndexOf(marker) >= 0;
    }

    private static bool ReadAt(Stream file, long offset, Span<byte> into)
    {
        if (offset < 0 || offset + into.Length > file.Length)
        {
            return false;
        }

        file.Seek(offset, SeekOrigin.Begin);
        file.ReadExactly(into);
        return true;
    }
}
