using CardProcessor.Api.Hosting;
using CardProcessor.Api.Migrate;
using CardProcessor.ServiceDefaults;

// Migrations run as an explicit step (a Kubernetes Job), never silently at start-up.
if (args is ["migrate", ..])
{
    return await MigrateCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApiServices();

var app = builder.Build();
app.UseApiPipeline();
app.MapApiEndpoints();
await app.RunAsync();
return 0;
