namespace Course.Web.Components.Site;

/// <summary>Opens the <see cref="BackgroundStartGate"/> once the first response has been sent.</summary>
internal sealed class FirstResponseMiddleware(RequestDelegate next, BackgroundStartGate gate)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!gate.IsOpen)
        {
            context.Response.OnCompleted(() =>
            {
                gate.Open();
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
