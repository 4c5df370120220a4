using System.IO.Compression;
using System.Security.Cryptography;

namespace Course.Web.Components.PageCache;

/// <summary>Compresses a rendered page once, at the strongest settings: the cost is paid once per render, not per request.</summary>
internal static class PageCompression
{
    // Brotli's highest quality with the largest window the browsers accept.
    private const int BrotliQuality = 11;
    private const int BrotliWindow = 22;

    public static byte[] Brotli(byte[] body)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, buffer, out var written, BrotliQuality, BrotliWindow)
            ? buffer[..written]
            : throw new InvalidOperationException("Brotli could not compress the page.");
    }

    public static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    /// <summary>A strong validator of the rendered bytes, without quotes: each encoding appends its own suffix.</summary>
    public static string Tag(byte[] body) => Convert.ToBase64String(SHA256.HashData(body), 0, 12)
        .Replace('+', '-').Replace('/', '_');
}
