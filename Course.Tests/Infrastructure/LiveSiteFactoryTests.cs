using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Course.Tests.Infrastructure;

public sealed class LiveSiteFactoryTests
{
    [Fact]
    public async Task Site_answers_on_a_real_loopback_port()
    {
        await using var site = new LiveSiteFactory();

        // A plain HttpClient, not the factory's in-memory handler: this goes through a real socket.
        using var client = new HttpClient { BaseAddress = site.RootUri };
        using var response = await client.GetAsync("/");

        Assert.Equal("127.0.0.1", site.RootUri.Host);
        Assert.NotEqual(0, site.RootUri.Port);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Site_serves_MudBlazor_and_Blazor_static_assets(string environment)
    {
        await using var site = new LiveSiteFactory { EnvironmentName = environment };
        using var client = new HttpClient { BaseAddress = site.RootUri };

        using var css = await client.GetAsync("/_content/MudBlazor/MudBlazor.min.css");
        using var script = await client.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(200, (int)css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".mud-", await css.Content.ReadAsStringAsync());
        Assert.Equal(200, (int)script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(environment, site.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
    }

    [Fact]
    public async Task Settings_given_before_start_reach_the_site_configuration()
    {
        await using var site = new LiveSiteFactory()
            .WithSetting("ConnectionStrings:Course", "Host=127.0.0.1;Port=1;Database=probe");
        _ = site.RootUri;

        var configuration = site.Services.GetRequiredService<IConfiguration>();

        Assert.Equal("Host=127.0.0.1;Port=1;Database=probe", configuration.GetConnectionString("Course"));
        Assert.Throws<InvalidOperationException>(() => site.WithSetting("Too:Late", "x"));
    }
}
