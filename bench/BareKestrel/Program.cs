// Usage: BareKestrel <url> <file> [content-encoding]
// Answers every request with the file's bytes, the same Content-Type as the site's pages and, when given, the
// Content-Encoding of those bytes. No routing, no middleware: Kestrel's request loop and a write.
var url = args[0];
var body = File.ReadAllBytes(args[1]);
var encoding = args.Length > 2 ? args[2] : null;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(url);
var app = builder.Build();
app.Run(context =>
{
    var response = context.Response;
    response.ContentType = "text/html; charset=utf-8";
    if (encoding is not null)
    {
        response.Headers.ContentEncoding = encoding;
    }

    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
});
app.Run();
