using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CardProcessor.Api.Tests.Infrastructure;

/// <summary>The API in-process, wired to the real database, broker and blob store of one test class.</summary>
public sealed class ApiFactory(IEnumerable<KeyValuePair<string, string?>> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: the registration code reads configuration before the host is
        // built.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
