using System.IO.Compression;
using System.Security.Cryptography;

namespace Course.Web.Components.PageCache;

/// <summary>
/// Compresses a rendered page: at the strongest settings, paid once per render and not per request, or quickly for a
/// visitor who waits on the render (the first chapter after a start: Brotli 11 is ~0.1 s of one core there, quality
/// 4 a few milliseconds; docs/benchmarks.md "Session 13: cold start").
/// </summary>
internal static class PageCompression
{
    // Brotli's highest quality with the largest window the browsers accept.
    private const int BrotliBestQuality = 11;
    private const int BrotliQuickQuality = 4;
    private const int BrotliWindow = 22;

    public static byte[] Brotli(byte[] body) => Brotli(body, BrotliBestQuality);

    public static byte[] BrotliQuick(byte[] body) => Brotli(body, BrotliQuickQuality);

    public static byte[] Gzip(byte[] body) => Gzip(body, CompressionLevel.SmallestSize);

    public static byte[] GzipQuick(byte[] body) => Gzip(body, CompressionLevel.Fastest);

    /// <summary>A strong validator of the rendered bytes, without quotes: each encoding appends its own suffix.</summary>
    public static string Tag(byte[] body) => Convert.ToBase64String(SHA256.HashData(body), 0, 12)
        .Replace('+', '-').Replace('/', '_');

    private static byte[] Brotli(byte[] body, int quality)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, buffer, out var written, quality, BrotliWindow)
            ? buffer[..written]
            : throw new InvalidOperationException("Brotli could not compress the page.");
    }

    private static byte[] Gzip(byte[] body, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
