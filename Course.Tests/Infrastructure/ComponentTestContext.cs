using Bunit;
using Course.Content.Model;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Course.Tests.Infrastructure;

/// <summary>The one bUnit base for component tests: MudBlazor services, loose JS interop, the shipped course.</summary>
public abstract class ComponentTestContext : BunitContext
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<CourseContent>(ShippedCourse.Content);
    }

    protected static CourseContent Course => ShippedCourse.Content;
}
