namespace Course.Web.Components.Account;

/// <summary>The hidden field a form needs to pass antiforgery validation (<see cref="AccountPaths.AntiforgeryToken"/>).</summary>
internal sealed record AntiforgeryField(string Name, string Value);
